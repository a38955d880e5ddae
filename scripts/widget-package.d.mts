export function buildWidgetPackage(): Promise<void>
