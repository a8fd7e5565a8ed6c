/**
 * Public addresses of the site's pages, built from ids in the data: a page's address changes
 * only when its id does. Every link goes through withBase, so the site can live under a
 * sub-path. A test keeps the list of public addresses and anchors from changing unnoticed.
 */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export const withBase = (path: string) => base + path.replace(/^\//, '');

export const homeUrl = () => withBase('/');

export const stagesUrl = () => withBase('/stages/');

export const stageUrl = (stageId: string) => withBase(`/stages/${stageId}/`);

/** The page with every matrix and the maturity key. */
export const matricesUrl = () => withBase('/matrices/');

export const matrixUrl = (matrixId: string) => withBase(`/matrices/${matrixId}/`);

/** The anchor of a matrix row on its matrix page: the row's own id. */
export const rowAnchor = (processId: string) => processId.split('/')[1];

/** The anchor of a row on the page of all matrices, where row ids repeat across matrices. */
export const allMatricesRowAnchor = (processId: string) => processId.replace('/', '-');

/** The anchor of one cell: its row and stage. */
export const cellAnchor = (processId: string, stageId: string) =>
	`${rowAnchor(processId)}--${stageId}`;

/** A row on its matrix page; process ids are "<matrix>/<row>". */
export const processRowUrl = (processId: string) =>
	`${matrixUrl(processId.split('/')[0])}#${rowAnchor(processId)}`;

export const processesUrl = () => withBase('/processes/');

export const processUrl = (processId: string) => withBase(`/processes/${processId}/`);

export const playbooksUrl = () => withBase('/playbooks/');

export const playbookUrl = (playbookId: string) => withBase(`/playbooks/${playbookId}/`);

export const metricsUrl = () => withBase('/metrics/');

export const metricUrl = (metricId: string) => withBase(`/metrics/${metricId}/`);

export const benchmarksUrl = () => withBase('/benchmarks/');

export const benchmarkRowUrl = (benchmarkId: string) => `${benchmarksUrl()}#${benchmarkId}`;

export const segmentsUrl = () => withBase('/segments/');

export const motionsUrl = () => withBase('/plg-vs-slg/');

/** A row of a stage's PLG vs SLG table: stage and dimension ids make it unique. */
export const motionRowAnchor = (stageId: string, dimensionId: string) =>
	`${stageId}-${dimensionId}`;

export const glossaryUrl = () => withBase('/glossary/');

export const termUrl = (termId: string) => `${glossaryUrl()}#${termId}`;

export const toolsUrl = () => withBase('/tools/');

export const stageFinderUrl = () => withBase('/tools/stage-finder/');

export const benchmarkCheckUrl = () => withBase('/tools/benchmark-check/');

export const transitionsUrl = () => withBase('/transitions/');

/** The step from one stage to the next, e.g. /transitions/build-to-stabilize/. */
export const transitionUrl = (fromStageId: string, toStageId: string) =>
	withBase(`/transitions/${fromStageId}-to-${toStageId}/`);

/** The page that documents the open data downloads. */
export const openDataUrl = () => withBase('/data/');

/** One table of the content as a download, e.g. /data/processes.csv. */
export const dataFileUrl = (table: string, format: 'json' | 'csv' | 'schema.json') =>
	withBase(`/data/${table}.${format}`);
