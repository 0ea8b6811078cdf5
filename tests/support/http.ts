import type { FastifyInstance, InjectOptions } from 'fastify';

export type Response<T = unknown> = { status: number; body: T; headers: Record<string, unknown>; cookies: { name: string; value: string }[] };

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A caller of the API: a signed-in browser (cookie + CSRF header), an API key, or nobody. */
export type Caller = {
  request<T = any>(method: Method, url: string, body?: unknown, options?: { headers?: Record<string, string> }): Promise<Response<T>>;
  get<T = any>(url: string): Promise<Response<T>>;
  post<T = any>(url: string, body?: unknown): Promise<Response<T>>;
  patch<T = any>(url: string, body?: unknown): Promise<Response<T>>;
  put<T = any>(url: string, body?: unknown): Promise<Response<T>>;
  delete<T = any>(url: string): Promise<Response<T>>;
};

export function caller(app: FastifyInstance, auth: { cookie?: string; csrfToken?: string; apiKey?: string } = {}): Caller {
  const request = async <T>(method: Method, url: string, body?: unknown, options: { headers?: Record<string, string> } = {}): Promise<Response<T>> => {
    const headers: Record<string, string> = { ...options.headers };
    if (auth.cookie) {
      headers.cookie = auth.cookie;
    }
    if (auth.csrfToken && method !== 'GET') {
      headers['x-csrf-token'] = auth.csrfToken;
    }
    if (auth.apiKey) {
      headers.authorization = `Bearer ${auth.apiKey}`;
    }
    const injectOptions: InjectOptions = { method, url, headers };
    if (body !== undefined) {
      injectOptions.payload = typeof body === 'string' ? body : JSON.stringify(body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await app.inject(injectOptions);
    const text = response.body;
    let parsed: unknown = text;
    if (String(response.headers['content-type'] ?? '').includes('application/json') && text) {
      parsed = JSON.parse(text);
    }
    return { status: response.statusCode, body: parsed as T, headers: response.headers, cookies: response.cookies.map((c) => ({ name: c.name, value: c.value })) };
  };
  return {
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    put: (url, body) => request('PUT', url, body ?? {}),
    delete: (url) => request('DELETE', url),
  };
}

/** Signs in through the API and returns a caller holding that session. */
export async function signIn(app: FastifyInstance, email: string, password: string): Promise<Caller & { csrfToken: string; cookie: string }> {
  const response = await caller(app).post<{ csrfToken: string }>('/api/auth/login', { email, password });
  if (response.status !== 200) {
    throw new Error(`sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  const session = response.cookies.find((c) => c.name === 'fillrate_session');
  if (!session) {
    throw new Error('no session cookie');
  }
  const cookie = `fillrate_session=${session.value}`;
  return { ...caller(app, { cookie, csrfToken: response.body.csrfToken }), csrfToken: response.body.csrfToken, cookie };
}
