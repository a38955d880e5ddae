/**
 * @module
 * The console's API client. Signing in exchanges the staff key once, at
 * `POST /v1/staff/sessions`, for an HttpOnly `__Host-` session cookie the page cannot read; the
 * key is then dropped (the caller clears the input too), and every later call carries the cookie
 * only, never an Authorization header. Signing out deletes the session on the server; a 401
 * means it expired or was ended.
 */
import type { AuditResponse } from '../../worker/http/schemas/audit'
import type { LeadListResponse, LeadPatchRequest, LeadWorkflowView } from '../../worker/http/schemas/leads'
import type { PayerSearchResponse } from '../../worker/http/schemas/payers'
import type { StaffSessionCreated } from '../../worker/http/schemas/staff'
import type { VobCreated, VobListResponse, VobView } from '../../worker/http/schemas/vobs'

/** A failed call, with the problem+json `detail`, `code` and field errors when the server sent them. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: string[] = [],
  ) {
    super(message)
    this.name = 'ApiFailure'
  }
}

type Json = Record<string, unknown>

export class ConsoleApi {
  /** Exchanges the key for the session cookie. The key is used for this one request only. */
  async signIn(key: string): Promise<StaffSessionCreated> {
    return this.#call<StaffSessionCreated>('POST', '/v1/staff/sessions', undefined, { Authorization: `Bearer ${key}` })
  }

  /** Whether the session cookie (if any) is still live: a staff read that touches no PHI. */
  async resume(): Promise<boolean> {
    try {
      await this.#call<AuditResponse>('GET', '/v1/audit?limit=1')
      return true
    } catch {
      return false
    }
  }

  async signOut(): Promise<void> {
    await this.#call<unknown>('DELETE', '/v1/staff/sessions').catch(() => undefined)
  }

  leads = (limit = 50) => this.#call<LeadListResponse>('GET', `/v1/leads?limit=${limit}`)
  updateLead = (id: string, patch: LeadPatchRequest) =>
    this.#call<LeadWorkflowView>('PATCH', `/v1/leads/${encodeURIComponent(id)}`, patch)
  vobs = (limit = 50) => this.#call<VobListResponse>('GET', `/v1/vobs?limit=${limit}`)
  vob = (id: string) => this.#call<VobView>('GET', `/v1/vobs/${encodeURIComponent(id)}`)
  saveVob = (body: unknown) => this.#call<VobCreated>('POST', '/v1/vobs', body)
  audit = (limit = 100) => this.#call<AuditResponse>('GET', `/v1/audit?limit=${limit}`)
  payers = (q: string, state: string) =>
    this.#call<PayerSearchResponse>('GET', `/v1/payers?${new URLSearchParams({ q, limit: '8', ...(state ? { state } : {}) })}`)
  coverageCheck = (body: unknown) => this.#call<Json>('POST', '/v1/coverage/checks', body)
  /** Real-time 270/271 through the partner's clearinghouse; PHI travels in the body only. */
  realTimeCheck = (body: unknown) => this.#call<Json>('POST', '/v1/eligibility/checks', body)
  readX12 = (x12: string, query: { program: string; network?: string; state?: string }) =>
    this.#call<Json>(
      'POST',
      `/v1/eligibility/x12?${new URLSearchParams({ estimate: '1', program: query.program, ...(query.network ? { network: query.network } : {}), ...(query.state ? { state: query.state } : {}) })}`,
      x12,
      { 'Content-Type': 'text/plain' },
    )

  async #call<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<T> {
    const headers: Record<string, string> = { 'Accept-Language': 'en', ...extra }
    if (body !== undefined && !headers['Content-Type']) headers['Content-Type'] = 'application/json'
    const res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    })
    if (!res.ok) {
      const problem = (await res.json().catch(() => ({}))) as { code?: string; detail?: string; errors?: { path?: string }[] }
      const fields = (problem.errors ?? []).map((e) => e.path ?? '').filter(Boolean)
      throw new ApiFailure(res.status, problem.code ?? 'http_error', problem.detail ?? `Request failed (${res.status}).`, fields)
    }
    return (res.status === 204 ? undefined : await res.json()) as T
  }
}
