// opencc-js ships its dictionaries as modules without type declarations: each exports one string of
// `source target` pairs separated by `|`.
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string
  export default dictionary
}
