// Permanent URLs of the contract (docs/content-model.md): a document lives at
// `/<collection>/<id>/`, whatever stage links to it.

export const detailUrl = (collection: string, id: string) => `/${collection}/${encodeURIComponent(id)}/`
