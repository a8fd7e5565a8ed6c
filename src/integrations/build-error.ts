/**
 * An error that stops the build with a report for the person who can fix it. Its stack would
 * point into the integration that found the problem, which is not where the fix is, so it
 * carries only the report.
 */
export function buildError(name: string, report: string): Error {
	const error = new Error(report);
	error.name = name;
	error.stack = `${name}: ${report}`;
	return error;
}
