// cdql-a11y: 适老化 modes (大字版, 高对比度) kept in localStorage across pages, 朗读 with the
// browser's speech synthesis, and the 打印 button. The modes are applied before first paint by
// site/scripts/a11yPaint.js (loaded without defer by Base.astro); this file wires up the buttons.
(function () {
  var KEY = 'cdql-a11y';
  var root = document.documentElement;
  function read() {
    try { return JSON.parse(localStorage.getItem(KEY) || '{}') || {}; } catch (e) { return {}; }
  }
  function save(state) {
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode: this page only */ }
  }
  function apply(state) {
    if (state.large) root.setAttribute('data-text', 'large'); else root.removeAttribute('data-text');
    if (state.contrast) root.setAttribute('data-contrast', 'high'); else root.removeAttribute('data-contrast');
    press('large', !!state.large);
    press('contrast', !!state.contrast);
  }
  function button(name) { return document.querySelector('button[data-a11y="' + name + '"]'); }
  function press(name, on) { var b = button(name); if (b) b.setAttribute('aria-pressed', on ? 'true' : 'false'); }

  ['large', 'contrast'].forEach(function (name) {
    var b = button(name);
    if (!b) return;
    b.hidden = false;
    b.addEventListener('click', function () {
      var state = read();
      state[name] = !state[name];
      save(state);
      apply(state);
    });
  });
  apply(read());

  var article = document.querySelector('article[data-search-body]');
  var speak = button('speak');
  if (speak && article && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function') {
    speak.hidden = false;
    speak.addEventListener('click', function () {
      var synth = window.speechSynthesis;
      if (speak.getAttribute('aria-pressed') === 'true') {
        synth.cancel();
        return;
      }
      var text = (article.innerText || '').replace(/\s+/g, ' ').trim();
      var utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = 'zh-CN';
      utterance.rate = 0.9;
      var done = function () { speak.setAttribute('aria-pressed', 'false'); speak.textContent = '朗读全文'; };
      utterance.onend = done;
      utterance.onerror = done;
      synth.cancel();
      synth.speak(utterance);
      speak.setAttribute('aria-pressed', 'true');
      speak.textContent = '停止朗读';
    });
    window.addEventListener('pagehide', function () { window.speechSynthesis.cancel(); });
  }

  var prints = document.querySelectorAll('button[data-print]');
  for (var i = 0; i < prints.length; i++) {
    prints[i].hidden = false;
    prints[i].addEventListener('click', function () { window.print(); });
  }
})();
