export type HealthResponse = {
  status: 'ok'
  version: string
  data: { payers: number; rules: number }
}
