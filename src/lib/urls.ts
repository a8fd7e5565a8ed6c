/**
 * Public addresses of the site's pages. Every link is built here from ids in the data, so a
 * page's address changes only when its id does, and the site can live under a sub-path.
 */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export const withBase = (path: string) => base + path.replace(/^\//, '');

export const matricesUrl = () => withBase('/matrices/');

export const matrixUrl = (matrixId: string) => withBase(`/matrices/${matrixId}/`);

/** A row on its matrix page: process ids are "<matrix>/<row>", and the row is the anchor. */
export function processRowUrl(processId: string) {
	const [matrixId, rowId] = processId.split('/');
	return `${matrixUrl(matrixId)}#${rowId}`;
}

export const playbooksUrl = () => withBase('/playbooks/');

export const playbookUrl = (playbookId: string) => withBase(`/playbooks/${playbookId}/`);
