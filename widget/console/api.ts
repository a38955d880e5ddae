/**
 * @module
 * The console's API client. The staff key lives only in this object's private field, in memory:
 * never in localStorage, sessionStorage, a cookie or the URL, so closing or reloading the tab
 * signs out. (After the partners branch is merged, `signIn` exchanges the key for a session at
 * `POST /v1/staff/sessions` and keeps the session token here instead.)
 */
import type { AuditResponse } from '../../worker/http/schemas/audit'
import type { LeadListResponse } from '../../worker/http/schemas/leads'
import type { VobCreated, VobListResponse, VobView } from '../../worker/http/schemas/vobs'

/** A failed call, with the problem+json `detail` and `code` when the server sent one. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ApiFailure'
  }
}

export class ConsoleApi {
  #key = ''

  get signedIn(): boolean {
    return this.#key !== ''
  }

  /** Checks the key against a staff route that reads no PHI, and keeps it if it works. */
  async signIn(key: string): Promise<void> {
    this.#key = key
    try {
      await this.#call<AuditResponse>('GET', '/v1/audit?limit=1')
    } catch (e) {
      this.#key = ''
      throw e
    }
  }

  signOut(): void {
    this.#key = ''
  }

  leads = (limit = 50) => this.#call<LeadListResponse>('GET', `/v1/leads?limit=${limit}`)
  vobs = (limit = 50) => this.#call<VobListResponse>('GET', `/v1/vobs?limit=${limit}`)
  vob = (id: string) => this.#call<VobView>('GET', `/v1/vobs/${encodeURIComponent(id)}`)
  saveVob = (body: unknown) => this.#call<VobCreated>('POST', '/v1/vobs', body)
  audit = (limit = 100) => this.#call<AuditResponse>('GET', `/v1/audit?limit=${limit}`)
  coverageCheck = (body: unknown) => this.#call<Record<string, unknown>>('POST', '/v1/coverage/checks', body)
  readX12 = (x12: string, program: string) =>
    this.#call<Record<string, unknown>>('POST', `/v1/eligibility/x12?program=${program}`, x12, 'text/plain')

  async #call<T>(method: string, path: string, body?: unknown, type = 'application/json'): Promise<T> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.#key}` }
    if (body !== undefined) headers['Content-Type'] = type
    const res = await fetch(path, {
      method,
      headers,
      credentials: 'omit',
      cache: 'no-store',
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    })
    if (!res.ok) {
      const problem = (await res.json().catch(() => ({}))) as { code?: string; detail?: string }
      throw new ApiFailure(res.status, problem.code ?? 'http_error', problem.detail ?? `Request failed (${res.status}).`)
    }
    return (await res.json()) as T
  }
}
