// Generated from openapi.json by `npm run api:generate`. Do not edit.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness with a database round trip */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password (signs out your other sessions) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look up an invitation link */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invitation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: choose a password and sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "invited" | "active" | "deactivated";
                    role?: "admin" | "manager" | "recruiter" | "account_manager" | "back_office";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["User"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Invite a user by email */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "manager" | "recruiter" | "account_manager" | "back_office";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["User"];
                            abilities: {
                                update: boolean;
                                deactivate: boolean;
                                reactivate: boolean;
                                resendInvitation: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the agency's people for pickers
         * @description Names and roles of everyone not deactivated; every staff member may read it.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["TeamMember"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["User"];
                            abilities: {
                                update: boolean;
                                deactivate: boolean;
                                reactivate: boolean;
                                resendInvitation: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a user or change their role */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name?: string;
                        /** @enum {string} */
                        role?: "admin" | "manager" | "recruiter" | "account_manager" | "back_office";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["User"];
                            abilities: {
                                update: boolean;
                                deactivate: boolean;
                                reactivate: boolean;
                                resendInvitation: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a new invitation link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["User"];
                            abilities: {
                                update: boolean;
                                deactivate: boolean;
                                reactivate: boolean;
                                resendInvitation: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a user and end their sessions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["User"];
                            abilities: {
                                update: boolean;
                                deactivate: boolean;
                                reactivate: boolean;
                                resendInvitation: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a deactivated user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["User"];
                            abilities: {
                                update: boolean;
                                deactivate: boolean;
                                reactivate: boolean;
                                resendInvitation: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ApiKey"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create an API key (the key is shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        scopes: ("read" | "write")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                prefix: string;
                                scopes: ("read" | "write")[];
                                /** Format: uuid */
                                userId: string;
                                userName: string;
                                /** Format: date-time */
                                createdAt: string;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                                key: string;
                            };
                            abilities: {
                                revoke: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an API key */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ApiKey"];
                            abilities: {
                                revoke: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first, filtered by entity and record */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    entity?: string;
                    entityId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["AuditEvent"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mail the agency sent or keeps, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Mail"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One mail */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Mail"];
                            abilities: Record<string, never>;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/background-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Background jobs by state (failing ones by default), with their errors */
        get: {
            parameters: {
                query?: {
                    /** @description Without it: the failing jobs (failed, or waiting to retry) */
                    state?: "failed" | "retry" | "created" | "active" | "completed";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["BackgroundJob"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/background-jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a failed job again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["BackgroundJob"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agency settings by area */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Setting"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change one setting */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        value: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Setting"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Option lists with their items */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["OptionList"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lists/{list}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an option to a list */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    list: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        value: string;
                        label: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ListItem"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lists/{list}/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, archive or move an option */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    list: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        label?: string;
                        archived?: boolean;
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ListItem"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Email and document templates */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Template"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Template"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Save a template (unknown variables are refused) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        subject: string;
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Template"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Reset a template to the default wording */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Template"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/{key}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render unsaved template text with sample values */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        subject: string;
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                subject: string;
                                body: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the activities about one record, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    candidateId?: string;
                    organizationId?: string;
                    contactId?: string;
                    dealId?: string;
                    jobId?: string;
                    kind?: "note" | "call" | "email" | "meeting" | "message";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Activity"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Log a note, call, email, meeting or message about a record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "note" | "call" | "email" | "meeting" | "message";
                        /** Format: uuid */
                        candidateId?: string;
                        /** Format: uuid */
                        organizationId?: string;
                        /** Format: uuid */
                        contactId?: string;
                        /** Format: uuid */
                        dealId?: string;
                        /** Format: uuid */
                        jobId?: string;
                        subject?: string;
                        body: string;
                        /** @enum {string} */
                        callOutcome?: "connected" | "left_voicemail" | "no_answer" | "wrong_number" | "busy";
                        /** @enum {string} */
                        channel?: "sms" | "whatsapp" | "linkedin" | "other";
                        /** Format: date-time */
                        occurredAt?: string;
                        mentions?: {
                            /** @enum {string} */
                            type: "candidate" | "organization" | "contact" | "deal" | "job";
                            /** Format: uuid */
                            id: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Activity"];
                            abilities: {
                                update: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an activity */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Activity"];
                            abilities: {
                                update: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a logged activity (author, manager or admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        kind?: "note" | "call" | "email" | "meeting" | "message";
                        subject?: string | null;
                        body?: string;
                        callOutcome?: ("connected" | "left_voicemail" | "no_answer" | "wrong_number" | "busy") | null;
                        channel?: ("sms" | "whatsapp" | "linkedin" | "other") | null;
                        /** Format: date-time */
                        occurredAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Activity"];
                            abilities: {
                                update: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tasks by assignee, state and record, soonest due first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    candidateId?: string;
                    organizationId?: string;
                    contactId?: string;
                    dealId?: string;
                    jobId?: string;
                    assigneeId?: string;
                    status?: "open" | "done" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Task"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a task, optionally about one record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** Format: date-time */
                        dueAt: string;
                        allDay?: boolean;
                        /** Format: uuid */
                        assigneeId?: string;
                        notes?: string;
                        /** Format: uuid */
                        candidateId?: string;
                        /** Format: uuid */
                        organizationId?: string;
                        /** Format: uuid */
                        contactId?: string;
                        /** Format: uuid */
                        dealId?: string;
                        /** Format: uuid */
                        jobId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Task"];
                            abilities: {
                                update: boolean;
                                complete: boolean;
                                reopen: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My open tasks: overdue, today (agency time zone) and upcoming */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyTasks"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a task */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Task"];
                            abilities: {
                                update: boolean;
                                complete: boolean;
                                reopen: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a task (assignee, creator, manager or admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        title?: string;
                        /** Format: date-time */
                        dueAt?: string;
                        allDay?: boolean;
                        /** Format: uuid */
                        assigneeId?: string;
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Task"];
                            abilities: {
                                update: boolean;
                                complete: boolean;
                                reopen: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a task done */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Task"];
                            abilities: {
                                update: boolean;
                                complete: boolean;
                                reopen: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a done task again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Task"];
                            abilities: {
                                update: boolean;
                                complete: boolean;
                                reopen: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One record's history: activities, tasks, status changes and audit events, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    candidateId?: string;
                    organizationId?: string;
                    contactId?: string;
                    dealId?: string;
                    jobId?: string;
                    kinds?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Timeline"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List client organizations */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    status?: "prospect" | "active" | "inactive";
                    ownerId?: string;
                    tag?: string;
                    industry?: string;
                    parentId?: string;
                    sort?: "updated" | "name";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Organization"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a client organization */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        status?: "prospect" | "active" | "inactive";
                        industry?: string | null;
                        website?: string | null;
                        phone?: string | null;
                        addresses?: components["schemas"]["AddressInput"][];
                        ownerId?: string | null;
                        parentId?: string | null;
                        billingContactId?: string | null;
                        billingAddress?: components["schemas"]["AddressInput"] | null;
                        paymentTermsDays?: number;
                        currency?: string;
                        taxId?: string | null;
                        defaultMarkupBp?: number | null;
                        defaultFeeBp?: number | null;
                        notes?: string | null;
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["OrganizationDetail"];
                            abilities: {
                                update: boolean;
                                createContact: boolean;
                                createDeal: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the organizations of a filter as CSV
         * @description Every organization the same filters as the list select, as a CSV download (UTF-8, header row first).
         */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    status?: "prospect" | "active" | "inactive";
                    ownerId?: string;
                    tag?: string;
                    industry?: string;
                    parentId?: string;
                    sort?: "updated" | "name";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/csv */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an organization with its divisions and counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["OrganizationDetail"];
                            abilities: {
                                update: boolean;
                                createContact: boolean;
                                createDeal: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an organization */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name?: string;
                        /** @enum {string} */
                        status?: "prospect" | "active" | "inactive";
                        industry?: string | null;
                        website?: string | null;
                        phone?: string | null;
                        addresses?: components["schemas"]["AddressInput"][];
                        ownerId?: string | null;
                        parentId?: string | null;
                        billingContactId?: string | null;
                        billingAddress?: components["schemas"]["AddressInput"] | null;
                        paymentTermsDays?: number;
                        currency?: string;
                        taxId?: string | null;
                        defaultMarkupBp?: number | null;
                        defaultFeeBp?: number | null;
                        notes?: string | null;
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["OrganizationDetail"];
                            abilities: {
                                update: boolean;
                                createContact: boolean;
                                createDeal: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contacts */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    organizationId?: string;
                    ownerId?: string;
                    status?: "active" | "inactive";
                    role?: "hiring_manager" | "billing" | "decision_maker";
                    sort?: "updated" | "name";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Contact"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a contact at an organization */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        firstName: string;
                        lastName: string;
                        title?: string | null;
                        emails?: string[];
                        phones?: string[];
                        roles?: ("hiring_manager" | "billing" | "decision_maker")[];
                        ownerId?: string | null;
                        /** @enum {string} */
                        status?: "active" | "inactive";
                        notes?: string | null;
                        /** Format: uuid */
                        organizationId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ContactDetail"];
                            abilities: {
                                update: boolean;
                                move: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the contacts of a filter as CSV
         * @description Every contact the same filters as the list select, as a CSV download (UTF-8, header row first).
         */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    organizationId?: string;
                    ownerId?: string;
                    status?: "active" | "inactive";
                    role?: "hiring_manager" | "billing" | "decision_maker";
                    sort?: "updated" | "name";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/csv */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a contact with their employment history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ContactDetail"];
                            abilities: {
                                update: boolean;
                                move: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a contact */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        firstName?: string;
                        lastName?: string;
                        title?: string | null;
                        emails?: string[];
                        phones?: string[];
                        roles?: ("hiring_manager" | "billing" | "decision_maker")[];
                        ownerId?: string | null;
                        /** @enum {string} */
                        status?: "active" | "inactive";
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ContactDetail"];
                            abilities: {
                                update: boolean;
                                move: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/contacts/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a contact to another organization, keeping their history */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** Format: uuid */
                        organizationId: string;
                        title?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ContactDetail"];
                            abilities: {
                                update: boolean;
                                move: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List deals */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    stage?: string;
                    organizationId?: string;
                    ownerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Deal"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Open a deal with an organization */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** Format: uuid */
                        organizationId: string;
                        stage?: string;
                        valueMinor?: number | null;
                        currency?: string;
                        expectedCloseOn?: string | null;
                        ownerId?: string | null;
                        notes?: string | null;
                        contactIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["DealDetail"];
                            abilities: {
                                update: boolean;
                                createJob: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deals/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deals by stage, with counts and totals per currency */
        get: {
            parameters: {
                query?: {
                    organizationId?: string;
                    ownerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                columns: components["schemas"]["DealBoardColumn"][];
                            };
                            abilities: {
                                create: boolean;
                                move: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a deal with its contacts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["DealDetail"];
                            abilities: {
                                update: boolean;
                                createJob: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a deal or move it to another stage */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        title?: string;
                        /** Format: uuid */
                        organizationId?: string;
                        stage?: string;
                        valueMinor?: number | null;
                        currency?: string;
                        expectedCloseOn?: string | null;
                        ownerId?: string | null;
                        notes?: string | null;
                        contactIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["DealDetail"];
                            abilities: {
                                update: boolean;
                                createJob: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List job orders
         * @description Filters combine; `view=my_open` is the caller's qualified/open/on-hold jobs, `view=on_hold_long` the jobs on hold past the agency's threshold. `q` matches the title or a reference (J-1042).
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    status?: ("intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled")[];
                    ownerId?: string[];
                    recruiterId?: string;
                    organizationId?: string;
                    contactId?: string;
                    dealId?: string;
                    employmentType?: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                    urgency?: "low" | "normal" | "high" | "critical";
                    minAgeDays?: number;
                    minDaysInStatus?: number;
                    view?: "my_open" | "on_hold_long";
                    sort?: "updated" | "created";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["JobSummary"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Take in a job order */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        organizationId: string;
                        /** @default null */
                        contactId?: string | null;
                        /** @default null */
                        dealId?: string | null;
                        title: string;
                        /** @default  */
                        description?: string;
                        /** @enum {string} */
                        employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                        /** @default null */
                        location?: string | null;
                        /**
                         * @default onsite
                         * @enum {string}
                         */
                        remotePolicy?: "onsite" | "hybrid" | "remote";
                        /** @default null */
                        payMinMinor?: number | null;
                        /** @default null */
                        payMaxMinor?: number | null;
                        /** @default null */
                        payUnit?: ("hour" | "day" | "year") | null;
                        /** @default null */
                        billRateMinor?: number | null;
                        /** @default null */
                        billRateUnit?: ("hour" | "day" | "year") | null;
                        /** @default null */
                        feeType?: ("percent" | "flat") | null;
                        /** @default null */
                        feeBp?: number | null;
                        /** @default null */
                        feeFlatMinor?: number | null;
                        currency?: string;
                        /**
                         * @default normal
                         * @enum {string}
                         */
                        urgency?: "low" | "normal" | "high" | "critical";
                        /** @default 1 */
                        openings?: number;
                        /** @default null */
                        targetStartOn?: string | null;
                        /** @default null */
                        submissionRules?: string | null;
                        /** @default null */
                        interviewProcess?: string | null;
                        /** @default [] */
                        mustHaveSkills?: string[];
                        /** @default [] */
                        niceToHaveSkills?: string[];
                        /** @default null */
                        successCriteria?: string | null;
                        /** @default null */
                        advertText?: string | null;
                        /** @default null */
                        deliveryNotes?: string | null;
                        /** @default [] */
                        sourcingPlan?: ("job_boards" | "database_search" | "matching" | "referrals" | "pools")[];
                        applicationForm?: components["schemas"]["ApplicationFormInput"];
                        /** @default null */
                        ownerId?: string | null;
                        /** @default [] */
                        recruiterIds?: string[];
                        nextAction?: {
                            title: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: uuid */
                            assigneeId?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Job"];
                            abilities: {
                                update: boolean;
                                qualify: boolean;
                                editStages: boolean;
                                transitions: {
                                    /** @enum {string} */
                                    to: "intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled";
                                    reasonRequired: boolean;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count job orders per status
         * @description The same filters as the list, status aside.
         */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    status?: ("intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled")[];
                    ownerId?: string[];
                    recruiterId?: string;
                    organizationId?: string;
                    contactId?: string;
                    dealId?: string;
                    employmentType?: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                    urgency?: "low" | "normal" | "high" | "critical";
                    minAgeDays?: number;
                    minDaysInStatus?: number;
                    view?: "my_open" | "on_hold_long";
                    sort?: "updated" | "created";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the job orders of a filter as CSV */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    status?: ("intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled")[];
                    ownerId?: string[];
                    recruiterId?: string;
                    organizationId?: string;
                    contactId?: string;
                    dealId?: string;
                    employmentType?: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                    urgency?: "low" | "normal" | "high" | "critical";
                    minAgeDays?: number;
                    minDaysInStatus?: number;
                    view?: "my_open" | "on_hold_long";
                    sort?: "updated" | "created";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/csv */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a job order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Job"];
                            abilities: {
                                update: boolean;
                                qualify: boolean;
                                editStages: boolean;
                                transitions: {
                                    /** @enum {string} */
                                    to: "intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled";
                                    reasonRequired: boolean;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a job order */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** Format: uuid */
                        organizationId?: string;
                        contactId?: string | null;
                        dealId?: string | null;
                        title?: string;
                        description?: string;
                        /** @enum {string} */
                        employmentType?: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                        location?: string | null;
                        /** @enum {string} */
                        remotePolicy?: "onsite" | "hybrid" | "remote";
                        payMinMinor?: number | null;
                        payMaxMinor?: number | null;
                        payUnit?: ("hour" | "day" | "year") | null;
                        billRateMinor?: number | null;
                        billRateUnit?: ("hour" | "day" | "year") | null;
                        feeType?: ("percent" | "flat") | null;
                        feeBp?: number | null;
                        feeFlatMinor?: number | null;
                        currency?: string;
                        /** @enum {string} */
                        urgency?: "low" | "normal" | "high" | "critical";
                        openings?: number;
                        targetStartOn?: string | null;
                        submissionRules?: string | null;
                        interviewProcess?: string | null;
                        mustHaveSkills?: string[];
                        niceToHaveSkills?: string[];
                        successCriteria?: string | null;
                        advertText?: string | null;
                        deliveryNotes?: string | null;
                        sourcingPlan?: ("job_boards" | "database_search" | "matching" | "referrals" | "pools")[];
                        applicationForm?: components["schemas"]["ApplicationFormInput"];
                        ownerId?: string | null;
                        recruiterIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Job"];
                            abilities: {
                                update: boolean;
                                qualify: boolean;
                                editStages: boolean;
                                transitions: {
                                    /** @enum {string} */
                                    to: "intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled";
                                    reasonRequired: boolean;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/jobs/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a job order's status
         * @description intake → qualified → open ⇄ on_hold → filled | closed | cancelled. Refusals answer 422 with the rule (`job.transition`, `job.owner_required`, `job.reopen_reason_required`, `job.filled_by_system`, `job.qualification_required`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        to: "intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled";
                        reason?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Job"];
                            abilities: {
                                update: boolean;
                                qualify: boolean;
                                editStages: boolean;
                                transitions: {
                                    /** @enum {string} */
                                    to: "intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled";
                                    reasonRequired: boolean;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/qualification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the qualification checks of a job order
         * @description Four checks (real, fundable, actionable, specific), each answered with a note. All four yes moves the job from intake to qualified.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        checks: {
                            real: {
                                answer: boolean;
                                note: string;
                            };
                            fundable: {
                                answer: boolean;
                                note: string;
                            };
                            actionable: {
                                answer: boolean;
                                note: string;
                            };
                            specific: {
                                answer: boolean;
                                note: string;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Job"];
                            abilities: {
                                update: boolean;
                                qualify: boolean;
                                editStages: boolean;
                                transitions: {
                                    /** @enum {string} */
                                    to: "intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled";
                                    reasonRequired: boolean;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a job order's pipeline stages
         * @description The full ordered list with the job's version: stages with an id are kept (renamed, moved), new ones added, missing ones removed. Exactly one placed stage and at least one rejected stage. Answers the stages and the job's new version.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        stages: {
                            /** Format: uuid */
                            id?: string;
                            name: string;
                            /** @enum {string} */
                            kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Stage"][];
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stage-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agency's default pipeline stages */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Stage"][];
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Replace the default pipeline stages
         * @description Copied to each new job order; existing jobs keep theirs. Send the template version read from GET; a stale one answers 409.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        stages: {
                            /** Format: uuid */
                            id?: string;
                            name: string;
                            /** @enum {string} */
                            kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Stage"][];
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List saved views of a list */
        get: {
            parameters: {
                query: {
                    list: "jobs" | "organizations" | "contacts" | "deals" | "candidates";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["SavedView"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Save a view */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        list: "jobs" | "organizations" | "contacts" | "deals" | "candidates";
                        name: string;
                        filters: {
                            [key: string]: string | string[];
                        };
                        /** @default false */
                        shared?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["SavedView"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a saved view */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename, refilter or share a saved view */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name?: string;
                        filters?: {
                            [key: string]: string | string[];
                        };
                        shared?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["SavedView"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/candidates/{id}/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand a candidate to a new owner
         * @description The handoff note stays on the record and becomes an all-day task for the new owner, due today (the agency's today).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        ownerId: string;
                        handoffNote: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Candidate"];
                            abilities: {
                                update: boolean;
                                changeOwner: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand many candidates to a new owner
         * @description All or nothing: an id that is not a candidate of the agency answers 422 with one `related` entry per refused id, and nothing changes. One handoff task per candidate.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        options: {
                            /** Format: uuid */
                            ownerId: string;
                            handoffNote: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["CandidateSummary"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add and remove tags on many candidates
         * @description Tags are lower-cased and deduplicated. All or nothing: an id that is not a live candidate of the agency, or a candidate that would exceed the tag limit, answers 422 with one `related` entry per refused id, and nothing changes. Answers every candidate's summary; a changed one has a new version.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        options: {
                            /** @default [] */
                            add?: string[];
                            /** @default [] */
                            remove?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["CandidateSummary"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a task to many candidates
         * @description One task per candidate, for the assignee (the caller by default). All or nothing: an id that is not a live candidate of the agency answers 422 with one `related` entry per refused id, and no task is made.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        options: {
                            title: string;
                            /** Format: date-time */
                            dueAt: string;
                            allDay?: boolean;
                            /** Format: uuid */
                            assigneeId?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Task"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{id}/source-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List how a candidate reached the agency, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["CandidateSourceEvent"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record another arrival of a candidate (re-imported, applied again…) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        source: "sourced" | "referral" | "applicant" | "import" | "job_board" | "portal" | "other";
                        /**
                         * Format: date-time
                         * @description Defaults to now
                         */
                        occurredAt?: string;
                        detail?: string;
                        /** Format: uuid */
                        jobId?: string;
                        referrerName?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["CandidateSourceEvent"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{id}/fit-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a candidate's fit and future-fit notes, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["CandidateFitNote"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Write a fit or future-fit note, optionally tied to a client or job */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "fit" | "future_fit";
                        body: string;
                        organizationId?: string | null;
                        jobId?: string | null;
                        roleTitle?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["CandidateFitNote"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidate-fit-notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a fit note (its author, a manager or an admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        kind?: "fit" | "future_fit";
                        body?: string;
                        organizationId?: string | null;
                        jobId?: string | null;
                        roleTitle?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["CandidateFitNote"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/candidates/merge-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compare candidates before merging them
         * @description Each candidate in full, in the order asked (the intended survivor first), and per mergeable field whether their values differ. Every id must be a candidate of the agency that is not merged already (422 naming the others).
         */
        get: {
            parameters: {
                query: {
                    /** @description Comma-separated ids, the intended survivor first (2–11) */
                    ids: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CandidateMergePreview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge duplicate candidates into one
         * @description One transaction: every candidate is locked and must be the agency's, not merged already (422 naming them) and at the version sent (409 naming who changed it). The survivor takes the chosen value per field (list fields are unioned, the chosen first); every activity, mention, task, source event, fit note and pool membership moves to the survivor; the merged candidates stay as redirects (GET of their id answers the survivor, writes answer 409). Audited on every record. Answers the survivor.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The record that stays; the others are merged into it
                         */
                        survivorId: string;
                        /** @description The duplicates merged into the survivor */
                        mergedIds: string[];
                        /**
                         * @description Per field, the candidate (survivor or merged) whose value wins. Fields not named keep the survivor's value. Emails, phones, tags, skills and profile links are unioned: the chosen candidate's entries first (its primary email/phone becomes the primary), then everyone else's, once each.
                         * @default {}
                         */
                        fields?: {
                            [key: string]: string;
                        };
                        /** @description The version read of every candidate named (survivor and merged) */
                        version: {
                            [key: string]: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Candidate"];
                            abilities: {
                                update: boolean;
                                changeOwner: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search candidates by keyword and filters
         * @description Words match names, titles, role interests, skills, work history, tags and location; the last word matches as a prefix while typing.
         *
         *     `"forklift driver"` a phrase; `AND` (or a space), `OR`, `NOT` / `-word`, parentheses.
         *
         *     Filters: `skill:forklift`, `title:"team lead"`, `location:leeds`, `status:actively_searching`, `owner:me` or an owner name prefix, `tag:nights`, `pool:"forklift drivers"`, `available:<2026-12-01` / `>date` / `date` (by then); `-` or `NOT` before a filter negates it.
         *
         *     A syntax mistake answers 400 with `fields: [{ path: "q", message }]`, the message naming the character position.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description Owned by this user (the list's owner picker; `owner:` in q takes a name) */
                    ownerId?: string;
                    /** @description Also search the text of each candidate's current CV (slower; CV matches rank after matches in the record) */
                    cv?: "true" | "false";
                    /** @description The search syntax: words (prefixes while typing), "phrases", AND / OR / NOT / -word, parentheses, and field filters */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["CandidateSearchHit"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List candidates
         * @description `q` chooses by what was typed: an address is an exact email, digits a phone (normalized as the agency reads numbers), anything else a name prefix ("ann sm"). Filters combine.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    status?: "new" | "active" | "actively_searching" | "on_assignment" | "placed" | "not_looking" | "do_not_contact";
                    ownerId?: string;
                    tag?: string;
                    skill?: string;
                    /** @description Available on or before this date */
                    availableBy?: string;
                    /** @description Members of this talent pool (one the caller can see: shared, or their own) */
                    poolId?: string;
                    sort?: "updated" | "name";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["CandidateSummary"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a candidate
         * @description Phones are stored in E.164 (a number that is not one answers 400 naming `phones.N`); the first source event is recorded; the owner defaults to the caller.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        firstName: string;
                        lastName: string;
                        emails?: string[];
                        /** @description As typed; stored in E.164, numbers without a country code read as the agency's phone country (setting agency.phoneCountry) */
                        phones?: string[];
                        location?: string | null;
                        /** @enum {string} */
                        status?: "new" | "active" | "actively_searching" | "on_assignment" | "placed" | "not_looking" | "do_not_contact";
                        availableOn?: string | null;
                        preferences?: {
                            /** @default [] */
                            employmentTypes?: ("permanent" | "temporary" | "contract" | "contract_to_hire" | "retained")[];
                            desiredPay?: {
                                minMinor: number;
                                maxMinor?: number;
                                currency: string;
                                /** @enum {string} */
                                unit: "hour" | "day" | "year";
                            };
                            /** @default [] */
                            locations?: string[];
                            /** @default [] */
                            remote?: ("onsite" | "hybrid" | "remote")[];
                        };
                        skills?: components["schemas"]["CandidateSkillInput"][];
                        workHistory?: components["schemas"]["WorkHistoryEntryInput"][];
                        education?: components["schemas"]["EducationEntryInput"][];
                        tags?: string[];
                        consentBasis?: ("consent" | "legitimate_interest" | "contract" | "legal_obligation") | null;
                        consentOn?: string | null;
                        consentSource?: string | null;
                        retainUntil?: string | null;
                        roleInterests?: string[];
                        /** @description A value of the agency's nurture_stages list that is not archived */
                        nurtureStage?: string | null;
                        profileLinks?: components["schemas"]["ProfileLinkInput"][];
                        /** @enum {string} */
                        source: "sourced" | "referral" | "applicant" | "import" | "job_board" | "portal" | "other";
                        sourceDetail?: string;
                        /** @description Defaults to the caller */
                        ownerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Candidate"];
                            abilities: {
                                update: boolean;
                                changeOwner: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the candidates of a filter as CSV
         * @description Every candidate the same filters as the list select, as a CSV download (UTF-8, header row first).
         */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    status?: "new" | "active" | "actively_searching" | "on_assignment" | "placed" | "not_looking" | "do_not_contact";
                    ownerId?: string;
                    tag?: string;
                    skill?: string;
                    /** @description Available on or before this date */
                    availableBy?: string;
                    /** @description Members of this talent pool (one the caller can see: shared, or their own) */
                    poolId?: string;
                    sort?: "updated" | "name";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/csv */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find likely duplicates of a person being entered
         * @description Same email, same phone (after normalization), or a similar name at the same current employer. Merged candidates never count. Phones that are not numbers are ignored here.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        firstName: string;
                        lastName: string;
                        emails?: string[];
                        phones?: string[];
                        currentEmployer?: string | null;
                        /**
                         * Format: uuid
                         * @description The candidate being edited, which is not its own duplicate
                         */
                        excludeId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["CandidateDuplicate"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a candidate
         * @description The id of a merged candidate answers the candidate it was merged into (chains followed), with `redirectedFrom` the id asked for.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Candidate"];
                            abilities: {
                                update: boolean;
                                changeOwner: boolean;
                            };
                            /**
                             * Format: uuid
                             * @description Set when the id asked for was merged into this candidate (old links keep working)
                             */
                            redirectedFrom?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a candidate
         * @description The owner changes through POST /api/candidates/{id}/owner (with a handoff note); sources are added as source events.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        firstName?: string;
                        lastName?: string;
                        emails?: string[];
                        /** @description As typed; stored in E.164, numbers without a country code read as the agency's phone country (setting agency.phoneCountry) */
                        phones?: string[];
                        location?: string | null;
                        /** @enum {string} */
                        status?: "new" | "active" | "actively_searching" | "on_assignment" | "placed" | "not_looking" | "do_not_contact";
                        availableOn?: string | null;
                        preferences?: {
                            /** @default [] */
                            employmentTypes?: ("permanent" | "temporary" | "contract" | "contract_to_hire" | "retained")[];
                            desiredPay?: {
                                minMinor: number;
                                maxMinor?: number;
                                currency: string;
                                /** @enum {string} */
                                unit: "hour" | "day" | "year";
                            };
                            /** @default [] */
                            locations?: string[];
                            /** @default [] */
                            remote?: ("onsite" | "hybrid" | "remote")[];
                        };
                        skills?: components["schemas"]["CandidateSkillInput"][];
                        workHistory?: components["schemas"]["WorkHistoryEntryInput"][];
                        education?: components["schemas"]["EducationEntryInput"][];
                        tags?: string[];
                        consentBasis?: ("consent" | "legitimate_interest" | "contract" | "legal_obligation") | null;
                        consentOn?: string | null;
                        consentSource?: string | null;
                        retainUntil?: string | null;
                        roleInterests?: string[];
                        /** @description A value of the agency's nurture_stages list that is not archived */
                        nurtureStage?: string | null;
                        profileLinks?: components["schemas"]["ProfileLinkInput"][];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Candidate"];
                            abilities: {
                                update: boolean;
                                changeOwner: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/pools/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the candidates of a talent pool
         * @description The candidate list (same filters, sort and keyset pages as GET /api/candidates) within the pool. Merged candidates are left out.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    status?: "new" | "active" | "actively_searching" | "on_assignment" | "placed" | "not_looking" | "do_not_contact";
                    ownerId?: string;
                    tag?: string;
                    skill?: string;
                    /** @description Available on or before this date */
                    availableBy?: string;
                    sort?: "updated" | "name";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["CandidateSummary"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add candidates to a talent pool
         * @description All or nothing: an id that is not a candidate of the agency (or one merged into another) answers 422 with one `related` entry per refused id, and nothing changes. Candidates already in the pool are left as they were and named in `alreadyMembers`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        candidateIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                pool: components["schemas"]["TalentPool"];
                                /** @description Candidates that were not in the pool and now are */
                                added: string[];
                                /** @description Candidates that were in the pool already (left as they were) */
                                alreadyMembers: string[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pools/{id}/members/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove candidates from a talent pool
         * @description The candidates stay; ids that are not in the pool are named in `notMembers` and otherwise ignored.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        candidateIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                pool: components["schemas"]["TalentPool"];
                                removed: string[];
                                /** @description Candidates that were not in the pool (nothing to remove) */
                                notMembers: string[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List talent pools
         * @description The caller's own pools and every shared one, by name, each with its member count.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description Part of the name */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["TalentPool"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a talent pool
         * @description Owned by the caller; private unless `shared`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        description?: string | null;
                        /**
                         * @description A private pool (the default) is visible to its owner only
                         * @default false
                         */
                        shared?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["TalentPool"];
                            abilities: components["schemas"]["TalentPoolAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a talent pool
         * @description A private pool of someone else answers 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["TalentPool"];
                            abilities: components["schemas"]["TalentPoolAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a talent pool
         * @description The owner, a manager or an admin. The candidates stay; only their membership of this pool goes.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Rename, describe or share a talent pool
         * @description The owner, a manager or an admin; sends the version it read (409 when stale).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name?: string;
                        description?: string | null;
                        shared?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["TalentPool"];
                            abilities: components["schemas"]["TalentPoolAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/candidates/{id}/pools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The talent pools a candidate is in
         * @description Only pools the caller can see (shared ones and their own).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["TalentPool"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search candidates, contacts, organizations and jobs as you type
         * @description Each kind as its list's quick search reads `q` (names, emails and phones by prefix; organization names; job titles). Up to 5 of each, with a label and a link. The keyword search with its syntax is GET /api/candidates/search.
         */
        get: {
            parameters: {
                query: {
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Up to 5 of each kind, candidates first, then contacts, organizations, jobs */
                            data: components["schemas"]["GlobalSearchHit"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A candidate's documents
         * @description Newest first, every CV version with the current one marked, each with its extracted text.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first; every CV version is kept, the current one has `isCurrentCv` */
                            data: components["schemas"]["CandidateDocument"][];
                            abilities: {
                                upload: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload a candidate document
         * @description multipart/form-data with a `file` part (PDF, DOCX or UTF-8 text, at most 10 MiB; the type is read from the content) and a `kind` field: `cv` (default), `cover_letter` or `other`. A new CV becomes the current one and the previous CV stays as a version. The text is extracted in the background (`extractionStatus`). Anything but PDF, DOCX or UTF-8 text answers 415, whatever its name; more than 10 MiB answers 413.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description multipart/form-data with a `file` part (PDF, DOCX or UTF-8 text, at most 10 MiB; the type is read from the content) and a `kind` field: `cv` (default), `cover_letter` or `other`. */
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The document
                         */
                        file?: string;
                        /** @enum {string} */
                        kind?: "cv" | "cover_letter" | "other";
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["CandidateDocument"];
                            abilities: components["schemas"]["CandidateDocumentAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/cv-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suggest a new candidate from a CV
         * @description multipart/form-data with a `file` part (PDF, DOCX or UTF-8 text, at most 10 MiB; the type is read from the content) and a `kind` field: `cv` (default), `cover_letter` or `other`. The text is extracted at once and read for a name (the first short line of 2–4 capitalized words), emails, phones (E.164 where valid, read as the agency reads numbers) and skills (the skill vocabulary and the agency's most used skill names). Nothing is stored: the recruiter confirms the values and uploads the file to the new candidate. Same 413/415 answers as an upload.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description multipart/form-data with a `file` part (PDF, DOCX or UTF-8 text, at most 10 MiB; the type is read from the content) and a `kind` field: `cv` (default), `cover_letter` or `other`. */
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The document
                         */
                        file?: string;
                        /** @enum {string} */
                        kind?: "cv" | "cover_letter" | "other";
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["CvSuggestions"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a candidate document
         * @description The stored bytes with their media type, as an attachment. Staff of the agency only.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (its stored media type) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make this CV the current one
         * @description The previous current CV stays as a version. Only CVs (422 otherwise).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["CandidateDocument"];
                            abilities: components["schemas"]["CandidateDocumentAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a candidate document
         * @description Deleting the current CV leaves the candidate without one until another is made current.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a job's pipeline entries
         * @description The board's cards as a list: filter by stage, stage kind, candidate name or a screening answer (`answer=questionId:value`); keyset pages ordered by when the entry entered its stage (newest first unless `sort=stage_entered_asc`).
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    stageId?: string;
                    kind?: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
                    /** @description Part of the candidate's name */
                    q?: string;
                    /** @description A screening answer, `questionId:value` (yes_no answers are yes/no) */
                    answer?: string;
                    sort?: "stage_entered_desc" | "stage_entered_asc";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["PipelineCard"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add candidates to a job's pipeline
         * @description All or nothing. The job must be qualified or open (422 `pipeline.job_not_taking`); every candidate must be the agency's and not merged away (422 `pipeline.candidate_unavailable`, one `related` entry each). A candidate already on the job answers 409 (`pipeline.already_on_job`) with `related` pointing at their entry, unless `skipExisting` leaves them out and names them in `skipped`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        candidateIds: string[];
                        /**
                         * @default job
                         * @enum {string}
                         */
                        addedFrom?: "job" | "candidate" | "search" | "pool";
                        /**
                         * Format: uuid
                         * @description The stage they start in; by default the job's first sourced stage (else its first stage)
                         */
                        stageId?: string;
                        /**
                         * @description Leave out candidates already on the job (named in `skipped`) instead of refusing all
                         * @default false
                         */
                        skipExisting?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["PipelineEntry"][];
                            /** @description Candidates left out because they were on the job already (skipExisting) */
                            skipped: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{id}/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A candidate's pipeline entries across jobs
         * @description Every job the candidate is on, with its client and status, the stage they are in and since when, and the latest placement's status if any; most recently changed first.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["CandidatePipelineEntry"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a candidate to a job (from the candidate page)
         * @description The same rules as adding from the job: a qualified or open job, once per job (409 pointing at the existing entry). A merged candidate answers 409 naming the record it was merged into.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        jobId: string;
                        /** Format: uuid */
                        stageId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["PipelineEntry"];
                            abilities: components["schemas"]["PipelineAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/pipeline/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pipeline board of a job
         * @description The job, its stages in order with their counts, and every card (candidate, days in stage, flags) in one answer, read in a fixed number of queries whatever the entries.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    reference: string;
                                    title: string;
                                    /** @enum {string} */
                                    status: "intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled";
                                    version: number;
                                };
                                stages: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
                                    position: number;
                                    count: number;
                                }[];
                                cards: components["schemas"]["PipelineCard"][];
                            };
                            abilities: components["schemas"]["PipelineAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pipeline/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pipeline entry
         * @description The entry with its candidate, job, the job's stages and every stage move (who, when, from, to, why), newest first.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["PipelineEntryDetail"];
                            abilities: components["schemas"]["PipelineAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pipeline/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a pipeline entry to another stage
         * @description Sends the version read (409 when stale). Refusals answer 422 with the rule: `pipeline.dialog_required` (submitted, interview, offer and placed stages are reached by creating the submission, interview, offer or placement), `pipeline.reason_required` / `pipeline.reason_unknown` (rejected and withdrawn need a value of the `rejection_reasons` list), `pipeline.placed` (a live placement keeps the entry in placed), `pipeline.same_stage`, `pipeline.stage_of_job`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        stageId: string;
                        /** @description A value of the agency's `rejection_reasons` list */
                        reason?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["PipelineEntryDetail"];
                            abilities: components["schemas"]["PipelineAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pipeline/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move several pipeline entries of one job to a stage
         * @description The list view's bulk action (move stage, reject with reason). All or nothing: every entry is checked first; if any is refused the answer is 422 with one `related` entry per refused entry (its rule in the label) and nothing moves. Entries of more than one job answer 422 `pipeline.one_job`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        options: {
                            /** Format: uuid */
                            stageId: string;
                            /** @description A value of the agency's `rejection_reasons` list */
                            reason?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["PipelineEntry"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the submissions of a pipeline entry or a candidate
         * @description Newest first; give `entryId` or `candidateId`.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    entryId?: string;
                    candidateId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Submission"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Submit a candidate to the client
         * @description Records the CV, note and shared fields, moves the entry to the job's submitted stage and (unless `send: false`) emails the hiring contact with the CV attached. The job must be qualified, open or on hold. Refusals: 409 `submission.duplicate` (already submitted, pointing at it); 422 `submission.job_not_active`, `submission.cv_required`, `submission.document`, `submission.contact_required`, `submission.contact_not_client`, `submission.contact_no_email`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The pipeline entry (candidate on the job) to submit
                         */
                        entryId: string;
                        /**
                         * Format: uuid
                         * @description A CV of the candidate; the current CV when left out
                         */
                        documentId?: string;
                        /**
                         * Format: uuid
                         * @description A contact of the job's client with an email; the job's hiring contact when left out
                         */
                        contactId?: string;
                        /** @default  */
                        note?: string;
                        /** @description Candidate fields shared with the client; the email lists only these (internal notes and pay never leave unless chosen) */
                        sharedFields?: ("current_title" | "location" | "skills" | "work_history" | "education" | "availability" | "desired_pay" | "email" | "phone" | "profile_links")[];
                        /**
                         * @description Email the hiring contact with the CV attached; false records a submission made another way
                         * @default true
                         */
                        send?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                entryId: string;
                                shortlistId: string | null;
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    reference: string;
                                    title: string;
                                };
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                contact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    email: string | null;
                                } | null;
                                document: {
                                    /** Format: uuid */
                                    id: string;
                                    fileName: string;
                                } | null;
                                note: string;
                                sharedFields: ("current_title" | "location" | "skills" | "work_history" | "education" | "availability" | "desired_pay" | "email" | "phone" | "profile_links")[];
                                /** @enum {string} */
                                status: "submitted" | "withdrawn";
                                /** Format: date-time */
                                sentAt: string;
                                submittedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description Whether the submission was emailed from Fillrate (its mail is in the outbox) */
                                emailed: boolean;
                                mailId: string | null;
                                withdrawnAt: string | null;
                                withdrawnReason: string | null;
                                firstFeedbackAt: string | null;
                                /** @description Hours from sending to the first client feedback, one decimal */
                                hoursToFirstFeedback: number | null;
                                latestFeedback: {
                                    /** @enum {string} */
                                    kind: "interview" | "hold" | "reject" | "more_info";
                                    remark: string;
                                    /** Format: date-time */
                                    receivedAt: string;
                                } | null;
                                /** @description The pipeline entry's current stage */
                                stage: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
                                };
                                placement: components["schemas"]["SubmissionPlacement"] | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                                /** @description Newest first */
                                feedback: components["schemas"]["SubmissionFeedback"][];
                            };
                            abilities: components["schemas"]["SubmissionAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shortlists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a shortlist to the hiring contact
         * @description One email listing 1–20 candidates of the job, each CV attached; one submission per candidate, linked to the shortlist. All or nothing: refusals name each item (`items.<n>.entryId`, `items.<n>.documentId`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        jobId: string;
                        /**
                         * Format: uuid
                         * @description A contact of the job's client with an email; the job's hiring contact when left out
                         */
                        contactId?: string;
                        /** @default  */
                        note?: string;
                        items: {
                            /** Format: uuid */
                            entryId: string;
                            /**
                             * Format: uuid
                             * @description A CV of the candidate; the current CV when left out
                             */
                            documentId?: string;
                            /** @default  */
                            note?: string;
                            /** @description Candidate fields shared with the client; the email lists only these (internal notes and pay never leave unless chosen) */
                            sharedFields?: ("current_title" | "location" | "skills" | "work_history" | "education" | "availability" | "desired_pay" | "email" | "phone" | "profile_links")[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                jobId: string;
                                contact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    email: string | null;
                                };
                                note: string;
                                /** Format: uuid */
                                mailId: string;
                                /** Format: date-time */
                                createdAt: string;
                                submissions: components["schemas"]["Submission"][];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A job's submissions (Manage submissions)
         * @description B1: each submission with its candidate, sender, status, latest client feedback, the entry's current stage, and its placement if any: the placement and assignment status and where it sits in the back office (hiring management, assignments or employees) with a link.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Submission"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a submission
         * @description With the client's feedback, newest first, and the hours to the first feedback.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                entryId: string;
                                shortlistId: string | null;
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    reference: string;
                                    title: string;
                                };
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                contact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    email: string | null;
                                } | null;
                                document: {
                                    /** Format: uuid */
                                    id: string;
                                    fileName: string;
                                } | null;
                                note: string;
                                sharedFields: ("current_title" | "location" | "skills" | "work_history" | "education" | "availability" | "desired_pay" | "email" | "phone" | "profile_links")[];
                                /** @enum {string} */
                                status: "submitted" | "withdrawn";
                                /** Format: date-time */
                                sentAt: string;
                                submittedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description Whether the submission was emailed from Fillrate (its mail is in the outbox) */
                                emailed: boolean;
                                mailId: string | null;
                                withdrawnAt: string | null;
                                withdrawnReason: string | null;
                                firstFeedbackAt: string | null;
                                /** @description Hours from sending to the first client feedback, one decimal */
                                hoursToFirstFeedback: number | null;
                                latestFeedback: {
                                    /** @enum {string} */
                                    kind: "interview" | "hold" | "reject" | "more_info";
                                    remark: string;
                                    /** Format: date-time */
                                    receivedAt: string;
                                } | null;
                                /** @description The pipeline entry's current stage */
                                stage: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
                                };
                                placement: components["schemas"]["SubmissionPlacement"] | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                                /** @description Newest first */
                                feedback: components["schemas"]["SubmissionFeedback"][];
                            };
                            abilities: components["schemas"]["SubmissionAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a submission
         * @description With a reason and the version read (409 when stale); 422 `submission.withdrawn` when it already is. The candidate may be submitted again afterwards.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                entryId: string;
                                shortlistId: string | null;
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    reference: string;
                                    title: string;
                                };
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                contact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    email: string | null;
                                } | null;
                                document: {
                                    /** Format: uuid */
                                    id: string;
                                    fileName: string;
                                } | null;
                                note: string;
                                sharedFields: ("current_title" | "location" | "skills" | "work_history" | "education" | "availability" | "desired_pay" | "email" | "phone" | "profile_links")[];
                                /** @enum {string} */
                                status: "submitted" | "withdrawn";
                                /** Format: date-time */
                                sentAt: string;
                                submittedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description Whether the submission was emailed from Fillrate (its mail is in the outbox) */
                                emailed: boolean;
                                mailId: string | null;
                                withdrawnAt: string | null;
                                withdrawnReason: string | null;
                                firstFeedbackAt: string | null;
                                /** @description Hours from sending to the first client feedback, one decimal */
                                hoursToFirstFeedback: number | null;
                                latestFeedback: {
                                    /** @enum {string} */
                                    kind: "interview" | "hold" | "reject" | "more_info";
                                    remark: string;
                                    /** Format: date-time */
                                    receivedAt: string;
                                } | null;
                                /** @description The pipeline entry's current stage */
                                stage: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
                                };
                                placement: components["schemas"]["SubmissionPlacement"] | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                                /** @description Newest first */
                                feedback: components["schemas"]["SubmissionFeedback"][];
                            };
                            abilities: components["schemas"]["SubmissionAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the client's feedback on a submission
         * @description Appends `interview`, `hold`, `reject` or `more_info` with a remark and when the client answered (now unless told; not in the future, not before the submission). The first feedback's time is kept for metrics.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "interview" | "hold" | "reject" | "more_info";
                        /** @default  */
                        remark?: string;
                        /**
                         * Format: date-time
                         * @description When the client answered; now when left out, never in the future
                         */
                        receivedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                entryId: string;
                                shortlistId: string | null;
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    reference: string;
                                    title: string;
                                };
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                contact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    email: string | null;
                                } | null;
                                document: {
                                    /** Format: uuid */
                                    id: string;
                                    fileName: string;
                                } | null;
                                note: string;
                                sharedFields: ("current_title" | "location" | "skills" | "work_history" | "education" | "availability" | "desired_pay" | "email" | "phone" | "profile_links")[];
                                /** @enum {string} */
                                status: "submitted" | "withdrawn";
                                /** Format: date-time */
                                sentAt: string;
                                submittedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description Whether the submission was emailed from Fillrate (its mail is in the outbox) */
                                emailed: boolean;
                                mailId: string | null;
                                withdrawnAt: string | null;
                                withdrawnReason: string | null;
                                firstFeedbackAt: string | null;
                                /** @description Hours from sending to the first client feedback, one decimal */
                                hoursToFirstFeedback: number | null;
                                latestFeedback: {
                                    /** @enum {string} */
                                    kind: "interview" | "hold" | "reject" | "more_info";
                                    remark: string;
                                    /** Format: date-time */
                                    receivedAt: string;
                                } | null;
                                /** @description The pipeline entry's current stage */
                                stage: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
                                };
                                placement: components["schemas"]["SubmissionPlacement"] | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                                /** @description Newest first */
                                feedback: components["schemas"]["SubmissionFeedback"][];
                            };
                            abilities: components["schemas"]["SubmissionAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List interviews, or a user's interview calendar
         * @description By start time. With `entryId`, `jobId` or `candidateId`: their interviews. Without: the calendar of `userId` (default the caller) — the interviews they organize or attend from `from` (default now) to `to` (default a month later).
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description The interviews of one pipeline entry */
                    entryId?: string;
                    jobId?: string;
                    candidateId?: string;
                    /** @description Interviews this user organizes or attends; the calendar defaults to the caller when no entry, job or candidate is given */
                    userId?: string;
                    /** @description Interviews starting at or after this instant (the calendar defaults to now) */
                    from?: string;
                    /** @description Interviews starting before this instant (the calendar defaults to 31 days after `from`) */
                    to?: string;
                    status?: "scheduled" | "completed" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Interview"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Schedule an interview
         * @description On a pipeline entry; moves it forward to the job's interview stage. Every attendee with an email (colleagues, contacts of the job's client, the candidate unless `inviteCandidate` is false) is mailed an invitation with an .ics (METHOD:REQUEST). A candidate marked do not contact cannot be invited (422).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        entryId: string;
                        /** @enum {string} */
                        type: "phone" | "video" | "onsite" | "panel";
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * Format: date-time
                         * @description After the start, at most 12 hours later
                         */
                        endsAt: string;
                        /** @description IANA time zone the interview is held in (Europe/London) */
                        timeZone: string;
                        /** @description Colleagues attending (active or invited users of the agency) */
                        attendeeUserIds?: string[];
                        /** @description Client contacts attending: contacts of the job's organization */
                        attendeeContactIds?: string[];
                        /**
                         * @description Send the candidate the invitation too (refused for a candidate marked do not contact)
                         * @default true
                         */
                        inviteCandidate?: boolean;
                        location?: string | null;
                        /** @default null */
                        meetingUrl?: string | null;
                        /** @default  */
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Interview"];
                            abilities: components["schemas"]["InterviewAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an interview */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Interview"];
                            abilities: components["schemas"]["InterviewAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Reschedule or change an interview
         * @description A scheduled interview only; sends the version it read (409 when stale). When anything changes, the calendar SEQUENCE rises and the attendees get an update with the same UID; newly added attendees get the invitation, removed ones a cancellation.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        type?: "phone" | "video" | "onsite" | "panel";
                        /** Format: date-time */
                        startsAt?: string;
                        /**
                         * Format: date-time
                         * @description After the start, at most 12 hours later
                         */
                        endsAt?: string;
                        /** @description IANA time zone the interview is held in (Europe/London) */
                        timeZone?: string;
                        /** @description Colleagues attending (active or invited users of the agency) */
                        attendeeUserIds?: string[];
                        /** @description Client contacts attending: contacts of the job's organization */
                        attendeeContactIds?: string[];
                        /** @description Send the candidate the invitation too (refused for a candidate marked do not contact) */
                        inviteCandidate?: boolean;
                        location?: string | null;
                        meetingUrl?: string | null;
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Interview"];
                            abilities: components["schemas"]["InterviewAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/interviews/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an interview
         * @description A scheduled interview only. Every attendee gets the cancellation (METHOD:CANCEL, same UID, higher SEQUENCE) with the reason.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @description Told to the attendees in the cancellation */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Interview"];
                            abilities: components["schemas"]["InterviewAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record how an interview went
         * @description Once it has started (422 before); not for a cancelled interview. The interview becomes completed; recording again corrects the outcome.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        outcome: "passed" | "failed" | "no_show" | "rescheduled_by_client" | "undecided";
                        /** @default  */
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Interview"];
                            abilities: components["schemas"]["InterviewAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/{id}/invite.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the interview's calendar file
         * @description The current invitation (METHOD:REQUEST), or the cancellation (METHOD:CANCEL) of a cancelled interview, with its UID and SEQUENCE.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/calendar */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List offers
         * @description The offers of a pipeline entry, a job or a candidate, or every offer in a status; newest first. At least one filter.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    entryId?: string;
                    jobId?: string;
                    candidateId?: string;
                    status?: "draft" | "extended" | "accepted" | "declined" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Offer"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Make an offer
         * @description A draft offer on a pipeline entry; moves the entry forward to the job's offer stage and records the first terms as a revision. 409 while the entry has a draft, extended or accepted offer (named in `related`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        entryId: string;
                        /**
                         * @description Defaults to the job's
                         * @enum {string}
                         */
                        employmentType?: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                        /** @description Defaults to the job's */
                        currency?: string;
                        /** @default null */
                        startOn?: string | null;
                        /** @description Salary or pay rate in minor units of `currency` */
                        payMinor: number;
                        /** @enum {string} */
                        payUnit: "hour" | "day" | "year";
                        /** @default null */
                        billRateMinor?: number | null;
                        /** @default null */
                        billRateUnit?: ("hour" | "day" | "year") | null;
                        /** @default null */
                        feeType?: ("percent" | "flat") | null;
                        /**
                         * @description Percentage fee in basis points (2000 = 20%)
                         * @default null
                         */
                        feeBp?: number | null;
                        /** @default null */
                        feeFlatMinor?: number | null;
                        /** @default  */
                        conditions?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["OfferDetail"];
                            abilities: components["schemas"]["OfferAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an offer
         * @description With every revision of its terms, newest first.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["OfferDetail"];
                            abilities: components["schemas"]["OfferAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Revise an offer or record a counter-offer
         * @description While draft or extended; sends the version it read (409 when stale). Each call records a revision (`proposedBy` agency, candidate or client) so counter-offers keep their history.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        startOn?: string | null;
                        /** @description Salary or pay rate in minor units of `currency` */
                        payMinor?: number;
                        /** @enum {string} */
                        payUnit?: "hour" | "day" | "year";
                        billRateMinor?: number | null;
                        billRateUnit?: ("hour" | "day" | "year") | null;
                        feeType?: ("percent" | "flat") | null;
                        /** @description Percentage fee in basis points (2000 = 20%) */
                        feeBp?: number | null;
                        feeFlatMinor?: number | null;
                        conditions?: string;
                        /**
                         * @description `candidate` or `client` records their counter-offer; `agency` a revision of ours
                         * @default agency
                         * @enum {string}
                         */
                        proposedBy?: "agency" | "candidate" | "client";
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["OfferDetail"];
                            abilities: components["schemas"]["OfferAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/offers/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend an offer to the candidate
         * @description draft → extended.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["OfferDetail"];
                            abilities: components["schemas"]["OfferAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the candidate's acceptance
         * @description extended → accepted; `acceptedAt` defaults to now and may not be in the future.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /**
                         * Format: date-time
                         * @description Defaults to now; not in the future
                         */
                        acceptedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["OfferDetail"];
                            abilities: components["schemas"]["OfferAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the candidate declined
         * @description extended → declined, with the reason.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["OfferDetail"];
                            abilities: components["schemas"]["OfferAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an offer
         * @description draft or extended → withdrawn, with the reason.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["OfferDetail"];
                            abilities: components["schemas"]["OfferAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}/client-approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the client's approval
         * @description Who at the client approved the offer and when (default now, not in the future); while draft or extended.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @description Who at the client approved it */
                        approvedBy: string;
                        /**
                         * Format: date-time
                         * @description Defaults to now; not in the future
                         */
                        approvedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["OfferDetail"];
                            abilities: components["schemas"]["OfferAbilities"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List placements (the placements overview)
         * @description Newest placed first, with handoff progress, start confirmation, billing readiness and follow-ups done. `ownerId` matches the recruiter or the account manager.
         */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "active" | "closed" | "cancelled";
                    /** @description The recruiter or account manager of the placement */
                    ownerId?: string;
                    organizationId?: string;
                    employmentType?: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                    startFrom?: string;
                    startTo?: string;
                    candidateId?: string;
                    jobId?: string;
                    entryId?: string;
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                reference: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                assignmentStatus: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                recruiter: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                accountManager: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                startOn: string | null;
                                endOn: string | null;
                                /** Format: date-time */
                                placedAt: string;
                                feeMinor: number | null;
                                currency: string;
                                /** @description Share of handoff checklist items done, 0–100 */
                                handoffProgress: number;
                                startOutcome: ("on_time" | "late" | "no_show" | "withdrew") | null;
                                /** @description Billing set up: the checklist item is done, or a billing contact is set */
                                billingReady: boolean;
                                followUpsDone: number;
                                followUpsTotal: number;
                                openIssues: number;
                                /** @enum {string} */
                                backOffice: "hiring_management" | "assignments" | "employees";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Place a candidate
         * @description From an accepted offer (`offerId`) or directly. Creates the placement (pending) and its assignment (needs_approval), moves the entry to the placed stage, takes an opening (the job becomes filled with the last one; 409 when none is left) and copies the handoff checklist. The candidate's status does not change.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        entryId: string;
                        /**
                         * @description The accepted offer the terms come from; fields given here override it
                         * @default null
                         */
                        offerId?: string | null;
                        /** @default null */
                        replacesPlacementId?: string | null;
                        /** @enum {string} */
                        employmentType?: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                        currency?: string;
                        startOn?: string | null;
                        endOn?: string | null;
                        payMinor?: number | null;
                        payUnit?: ("hour" | "day" | "year") | null;
                        billRateMinor?: number | null;
                        billRateUnit?: ("hour" | "day" | "year") | null;
                        feeType?: ("percent" | "flat") | null;
                        /** @description Percentage fee in basis points (2000 = 20 %) */
                        feeBp?: number | null;
                        feeFlatMinor?: number | null;
                        firstYearSalaryMinor?: number | null;
                        retainedMilestones?: {
                            name: string;
                            feeMinor: number;
                            /** Format: date */
                            dueOn?: string;
                            /** Format: date */
                            reachedOn?: string;
                        }[];
                        schedule?: {
                            shifts: {
                                days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                startTime: string;
                                endTime: string;
                                location?: string;
                            }[];
                            expectedHoursPerWeek: number | null;
                            /** @description A contact of the client who approves timesheets */
                            timesheetApproverId: string | null;
                            /** @enum {string} */
                            timesheetCadence: "weekly" | "biweekly" | "monthly";
                        } | null;
                        billingContactId?: string | null;
                        poNumber?: string | null;
                        paymentTermsDays?: number | null;
                        recruiterId?: string | null;
                        accountManagerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                reference: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                assignmentStatus: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                recruiter: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                accountManager: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                startOn: string | null;
                                endOn: string | null;
                                /** Format: date-time */
                                placedAt: string;
                                feeMinor: number | null;
                                currency: string;
                                /** @description Share of handoff checklist items done, 0–100 */
                                handoffProgress: number;
                                startOutcome: ("on_time" | "late" | "no_show" | "withdrew") | null;
                                /** @description Billing set up: the checklist item is done, or a billing contact is set */
                                billingReady: boolean;
                                followUpsDone: number;
                                followUpsTotal: number;
                                openIssues: number;
                                /** @enum {string} */
                                backOffice: "hiring_management" | "assignments" | "employees";
                                version: number;
                                /** Format: uuid */
                                entryId: string;
                                offerId: string | null;
                                assignment: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "needs_approval" | "active" | "closed" | "cancelled";
                                    startOn: string | null;
                                    endOn: string | null;
                                    everApproved: boolean;
                                };
                                payMinor: number | null;
                                payUnit: ("hour" | "day" | "year") | null;
                                billRateMinor: number | null;
                                billRateUnit: ("hour" | "day" | "year") | null;
                                feeType: ("percent" | "flat") | null;
                                feeBp: number | null;
                                feeFlatMinor: number | null;
                                firstYearSalaryMinor: number | null;
                                retainedMilestones: {
                                    name: string;
                                    feeMinor: number;
                                    /** Format: date */
                                    dueOn?: string;
                                    /** Format: date */
                                    reachedOn?: string;
                                }[];
                                schedule: {
                                    shifts: {
                                        days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                        startTime: string;
                                        endTime: string;
                                        location?: string;
                                    }[];
                                    expectedHoursPerWeek: number | null;
                                    /** @description A contact of the client who approves timesheets */
                                    timesheetApproverId: string | null;
                                    /** @enum {string} */
                                    timesheetCadence: "weekly" | "biweekly" | "monthly";
                                } | null;
                                billingContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                hiringContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                poNumber: string | null;
                                paymentTermsDays: number | null;
                                startOutcomeOn: string | null;
                                startOutcomeNote: string | null;
                                cancelledAt: string | null;
                                cancelReason: string | null;
                                cancelledBy: string | null;
                                /** @description The candidate has never had an employee record (placed for the first time) */
                                firstTime: boolean;
                                replaces: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                } | null;
                                replacedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                }[];
                                checklist: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    /** @enum {string} */
                                    kind: "start_details_sent" | "documents_received" | "contract_signed" | "shifts_set" | "billing_set_up" | "retained_milestones" | "custom";
                                    label: string;
                                    /** @enum {string} */
                                    ownerRole: "recruiter" | "account_manager" | "back_office";
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    dueOn: string | null;
                                    overdue: boolean;
                                    doneAt: string | null;
                                    doneBy: string | null;
                                    note: string | null;
                                }[];
                                followUps: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    label: string;
                                    /** @enum {string} */
                                    party: "candidate" | "client";
                                    dueOn: string;
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    taskId: string | null;
                                    doneAt: string | null;
                                    feedback: string | null;
                                    satisfaction: number | null;
                                }[];
                                issues: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    kind: string;
                                    /** @enum {string} */
                                    severity: "low" | "medium" | "high";
                                    note: string;
                                    resolution: string | null;
                                    resolvedAt: string | null;
                                    reportedBy: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                repeatOrders: {
                                    /** @enum {string} */
                                    kind: "job" | "deal";
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                }[];
                            };
                            abilities: {
                                update: boolean;
                                cancel: {
                                    allowed: boolean;
                                    reason: string | null;
                                };
                                reactivate: boolean;
                                confirmStart: boolean;
                                replace: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/placements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a placement with its handoff, follow-ups and issues */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                reference: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                assignmentStatus: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                recruiter: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                accountManager: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                startOn: string | null;
                                endOn: string | null;
                                /** Format: date-time */
                                placedAt: string;
                                feeMinor: number | null;
                                currency: string;
                                /** @description Share of handoff checklist items done, 0–100 */
                                handoffProgress: number;
                                startOutcome: ("on_time" | "late" | "no_show" | "withdrew") | null;
                                /** @description Billing set up: the checklist item is done, or a billing contact is set */
                                billingReady: boolean;
                                followUpsDone: number;
                                followUpsTotal: number;
                                openIssues: number;
                                /** @enum {string} */
                                backOffice: "hiring_management" | "assignments" | "employees";
                                version: number;
                                /** Format: uuid */
                                entryId: string;
                                offerId: string | null;
                                assignment: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "needs_approval" | "active" | "closed" | "cancelled";
                                    startOn: string | null;
                                    endOn: string | null;
                                    everApproved: boolean;
                                };
                                payMinor: number | null;
                                payUnit: ("hour" | "day" | "year") | null;
                                billRateMinor: number | null;
                                billRateUnit: ("hour" | "day" | "year") | null;
                                feeType: ("percent" | "flat") | null;
                                feeBp: number | null;
                                feeFlatMinor: number | null;
                                firstYearSalaryMinor: number | null;
                                retainedMilestones: {
                                    name: string;
                                    feeMinor: number;
                                    /** Format: date */
                                    dueOn?: string;
                                    /** Format: date */
                                    reachedOn?: string;
                                }[];
                                schedule: {
                                    shifts: {
                                        days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                        startTime: string;
                                        endTime: string;
                                        location?: string;
                                    }[];
                                    expectedHoursPerWeek: number | null;
                                    /** @description A contact of the client who approves timesheets */
                                    timesheetApproverId: string | null;
                                    /** @enum {string} */
                                    timesheetCadence: "weekly" | "biweekly" | "monthly";
                                } | null;
                                billingContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                hiringContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                poNumber: string | null;
                                paymentTermsDays: number | null;
                                startOutcomeOn: string | null;
                                startOutcomeNote: string | null;
                                cancelledAt: string | null;
                                cancelReason: string | null;
                                cancelledBy: string | null;
                                /** @description The candidate has never had an employee record (placed for the first time) */
                                firstTime: boolean;
                                replaces: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                } | null;
                                replacedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                }[];
                                checklist: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    /** @enum {string} */
                                    kind: "start_details_sent" | "documents_received" | "contract_signed" | "shifts_set" | "billing_set_up" | "retained_milestones" | "custom";
                                    label: string;
                                    /** @enum {string} */
                                    ownerRole: "recruiter" | "account_manager" | "back_office";
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    dueOn: string | null;
                                    overdue: boolean;
                                    doneAt: string | null;
                                    doneBy: string | null;
                                    note: string | null;
                                }[];
                                followUps: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    label: string;
                                    /** @enum {string} */
                                    party: "candidate" | "client";
                                    dueOn: string;
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    taskId: string | null;
                                    doneAt: string | null;
                                    feedback: string | null;
                                    satisfaction: number | null;
                                }[];
                                issues: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    kind: string;
                                    /** @enum {string} */
                                    severity: "low" | "medium" | "high";
                                    note: string;
                                    resolution: string | null;
                                    resolvedAt: string | null;
                                    reportedBy: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                repeatOrders: {
                                    /** @enum {string} */
                                    kind: "job" | "deal";
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                }[];
                            };
                            abilities: {
                                update: boolean;
                                cancel: {
                                    allowed: boolean;
                                    reason: string | null;
                                };
                                reactivate: boolean;
                                confirmStart: boolean;
                                replace: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a pending or active placement */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        currency?: string;
                        startOn?: string | null;
                        endOn?: string | null;
                        payMinor?: number | null;
                        payUnit?: ("hour" | "day" | "year") | null;
                        billRateMinor?: number | null;
                        billRateUnit?: ("hour" | "day" | "year") | null;
                        feeType?: ("percent" | "flat") | null;
                        /** @description Percentage fee in basis points (2000 = 20 %) */
                        feeBp?: number | null;
                        feeFlatMinor?: number | null;
                        firstYearSalaryMinor?: number | null;
                        retainedMilestones?: {
                            name: string;
                            feeMinor: number;
                            /** Format: date */
                            dueOn?: string;
                            /** Format: date */
                            reachedOn?: string;
                        }[];
                        schedule?: {
                            shifts: {
                                days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                startTime: string;
                                endTime: string;
                                location?: string;
                            }[];
                            expectedHoursPerWeek: number | null;
                            /** @description A contact of the client who approves timesheets */
                            timesheetApproverId: string | null;
                            /** @enum {string} */
                            timesheetCadence: "weekly" | "biweekly" | "monthly";
                        } | null;
                        billingContactId?: string | null;
                        poNumber?: string | null;
                        paymentTermsDays?: number | null;
                        recruiterId?: string | null;
                        accountManagerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                reference: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                assignmentStatus: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                recruiter: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                accountManager: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                startOn: string | null;
                                endOn: string | null;
                                /** Format: date-time */
                                placedAt: string;
                                feeMinor: number | null;
                                currency: string;
                                /** @description Share of handoff checklist items done, 0–100 */
                                handoffProgress: number;
                                startOutcome: ("on_time" | "late" | "no_show" | "withdrew") | null;
                                /** @description Billing set up: the checklist item is done, or a billing contact is set */
                                billingReady: boolean;
                                followUpsDone: number;
                                followUpsTotal: number;
                                openIssues: number;
                                /** @enum {string} */
                                backOffice: "hiring_management" | "assignments" | "employees";
                                version: number;
                                /** Format: uuid */
                                entryId: string;
                                offerId: string | null;
                                assignment: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "needs_approval" | "active" | "closed" | "cancelled";
                                    startOn: string | null;
                                    endOn: string | null;
                                    everApproved: boolean;
                                };
                                payMinor: number | null;
                                payUnit: ("hour" | "day" | "year") | null;
                                billRateMinor: number | null;
                                billRateUnit: ("hour" | "day" | "year") | null;
                                feeType: ("percent" | "flat") | null;
                                feeBp: number | null;
                                feeFlatMinor: number | null;
                                firstYearSalaryMinor: number | null;
                                retainedMilestones: {
                                    name: string;
                                    feeMinor: number;
                                    /** Format: date */
                                    dueOn?: string;
                                    /** Format: date */
                                    reachedOn?: string;
                                }[];
                                schedule: {
                                    shifts: {
                                        days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                        startTime: string;
                                        endTime: string;
                                        location?: string;
                                    }[];
                                    expectedHoursPerWeek: number | null;
                                    /** @description A contact of the client who approves timesheets */
                                    timesheetApproverId: string | null;
                                    /** @enum {string} */
                                    timesheetCadence: "weekly" | "biweekly" | "monthly";
                                } | null;
                                billingContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                hiringContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                poNumber: string | null;
                                paymentTermsDays: number | null;
                                startOutcomeOn: string | null;
                                startOutcomeNote: string | null;
                                cancelledAt: string | null;
                                cancelReason: string | null;
                                cancelledBy: string | null;
                                /** @description The candidate has never had an employee record (placed for the first time) */
                                firstTime: boolean;
                                replaces: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                } | null;
                                replacedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                }[];
                                checklist: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    /** @enum {string} */
                                    kind: "start_details_sent" | "documents_received" | "contract_signed" | "shifts_set" | "billing_set_up" | "retained_milestones" | "custom";
                                    label: string;
                                    /** @enum {string} */
                                    ownerRole: "recruiter" | "account_manager" | "back_office";
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    dueOn: string | null;
                                    overdue: boolean;
                                    doneAt: string | null;
                                    doneBy: string | null;
                                    note: string | null;
                                }[];
                                followUps: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    label: string;
                                    /** @enum {string} */
                                    party: "candidate" | "client";
                                    dueOn: string;
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    taskId: string | null;
                                    doneAt: string | null;
                                    feedback: string | null;
                                    satisfaction: number | null;
                                }[];
                                issues: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    kind: string;
                                    /** @enum {string} */
                                    severity: "low" | "medium" | "high";
                                    note: string;
                                    resolution: string | null;
                                    resolvedAt: string | null;
                                    reportedBy: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                repeatOrders: {
                                    /** @enum {string} */
                                    kind: "job" | "deal";
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                }[];
                            };
                            abilities: {
                                update: boolean;
                                cancel: {
                                    allowed: boolean;
                                    reason: string | null;
                                };
                                reactivate: boolean;
                                confirmStart: boolean;
                                replace: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/placements/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a pending placement (B2, B3)
         * @description Only while the candidate is placed for the first time (no employee record). Front-office users act under B2 (placement details); the back office under B3 (the candidate's assignments tab). Cancels the assignment too and gives the opening back; the candidate's status does not change.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                reference: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                assignmentStatus: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                recruiter: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                accountManager: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                startOn: string | null;
                                endOn: string | null;
                                /** Format: date-time */
                                placedAt: string;
                                feeMinor: number | null;
                                currency: string;
                                /** @description Share of handoff checklist items done, 0–100 */
                                handoffProgress: number;
                                startOutcome: ("on_time" | "late" | "no_show" | "withdrew") | null;
                                /** @description Billing set up: the checklist item is done, or a billing contact is set */
                                billingReady: boolean;
                                followUpsDone: number;
                                followUpsTotal: number;
                                openIssues: number;
                                /** @enum {string} */
                                backOffice: "hiring_management" | "assignments" | "employees";
                                version: number;
                                /** Format: uuid */
                                entryId: string;
                                offerId: string | null;
                                assignment: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "needs_approval" | "active" | "closed" | "cancelled";
                                    startOn: string | null;
                                    endOn: string | null;
                                    everApproved: boolean;
                                };
                                payMinor: number | null;
                                payUnit: ("hour" | "day" | "year") | null;
                                billRateMinor: number | null;
                                billRateUnit: ("hour" | "day" | "year") | null;
                                feeType: ("percent" | "flat") | null;
                                feeBp: number | null;
                                feeFlatMinor: number | null;
                                firstYearSalaryMinor: number | null;
                                retainedMilestones: {
                                    name: string;
                                    feeMinor: number;
                                    /** Format: date */
                                    dueOn?: string;
                                    /** Format: date */
                                    reachedOn?: string;
                                }[];
                                schedule: {
                                    shifts: {
                                        days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                        startTime: string;
                                        endTime: string;
                                        location?: string;
                                    }[];
                                    expectedHoursPerWeek: number | null;
                                    /** @description A contact of the client who approves timesheets */
                                    timesheetApproverId: string | null;
                                    /** @enum {string} */
                                    timesheetCadence: "weekly" | "biweekly" | "monthly";
                                } | null;
                                billingContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                hiringContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                poNumber: string | null;
                                paymentTermsDays: number | null;
                                startOutcomeOn: string | null;
                                startOutcomeNote: string | null;
                                cancelledAt: string | null;
                                cancelReason: string | null;
                                cancelledBy: string | null;
                                /** @description The candidate has never had an employee record (placed for the first time) */
                                firstTime: boolean;
                                replaces: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                } | null;
                                replacedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                }[];
                                checklist: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    /** @enum {string} */
                                    kind: "start_details_sent" | "documents_received" | "contract_signed" | "shifts_set" | "billing_set_up" | "retained_milestones" | "custom";
                                    label: string;
                                    /** @enum {string} */
                                    ownerRole: "recruiter" | "account_manager" | "back_office";
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    dueOn: string | null;
                                    overdue: boolean;
                                    doneAt: string | null;
                                    doneBy: string | null;
                                    note: string | null;
                                }[];
                                followUps: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    label: string;
                                    /** @enum {string} */
                                    party: "candidate" | "client";
                                    dueOn: string;
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    taskId: string | null;
                                    doneAt: string | null;
                                    feedback: string | null;
                                    satisfaction: number | null;
                                }[];
                                issues: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    kind: string;
                                    /** @enum {string} */
                                    severity: "low" | "medium" | "high";
                                    note: string;
                                    resolution: string | null;
                                    resolvedAt: string | null;
                                    reportedBy: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                repeatOrders: {
                                    /** @enum {string} */
                                    kind: "job" | "deal";
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                }[];
                            };
                            abilities: {
                                update: boolean;
                                cancel: {
                                    allowed: boolean;
                                    reason: string | null;
                                };
                                reactivate: boolean;
                                confirmStart: boolean;
                                replace: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/placements/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place a cancelled placement again (B4)
         * @description The edit form's changes are applied; status pending, assignment needs_approval; 409 when the job filled meanwhile.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        currency?: string;
                        startOn?: string | null;
                        endOn?: string | null;
                        payMinor?: number | null;
                        payUnit?: ("hour" | "day" | "year") | null;
                        billRateMinor?: number | null;
                        billRateUnit?: ("hour" | "day" | "year") | null;
                        feeType?: ("percent" | "flat") | null;
                        /** @description Percentage fee in basis points (2000 = 20 %) */
                        feeBp?: number | null;
                        feeFlatMinor?: number | null;
                        firstYearSalaryMinor?: number | null;
                        retainedMilestones?: {
                            name: string;
                            feeMinor: number;
                            /** Format: date */
                            dueOn?: string;
                            /** Format: date */
                            reachedOn?: string;
                        }[];
                        schedule?: {
                            shifts: {
                                days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                startTime: string;
                                endTime: string;
                                location?: string;
                            }[];
                            expectedHoursPerWeek: number | null;
                            /** @description A contact of the client who approves timesheets */
                            timesheetApproverId: string | null;
                            /** @enum {string} */
                            timesheetCadence: "weekly" | "biweekly" | "monthly";
                        } | null;
                        billingContactId?: string | null;
                        poNumber?: string | null;
                        paymentTermsDays?: number | null;
                        recruiterId?: string | null;
                        accountManagerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                reference: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                assignmentStatus: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                recruiter: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                accountManager: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                startOn: string | null;
                                endOn: string | null;
                                /** Format: date-time */
                                placedAt: string;
                                feeMinor: number | null;
                                currency: string;
                                /** @description Share of handoff checklist items done, 0–100 */
                                handoffProgress: number;
                                startOutcome: ("on_time" | "late" | "no_show" | "withdrew") | null;
                                /** @description Billing set up: the checklist item is done, or a billing contact is set */
                                billingReady: boolean;
                                followUpsDone: number;
                                followUpsTotal: number;
                                openIssues: number;
                                /** @enum {string} */
                                backOffice: "hiring_management" | "assignments" | "employees";
                                version: number;
                                /** Format: uuid */
                                entryId: string;
                                offerId: string | null;
                                assignment: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "needs_approval" | "active" | "closed" | "cancelled";
                                    startOn: string | null;
                                    endOn: string | null;
                                    everApproved: boolean;
                                };
                                payMinor: number | null;
                                payUnit: ("hour" | "day" | "year") | null;
                                billRateMinor: number | null;
                                billRateUnit: ("hour" | "day" | "year") | null;
                                feeType: ("percent" | "flat") | null;
                                feeBp: number | null;
                                feeFlatMinor: number | null;
                                firstYearSalaryMinor: number | null;
                                retainedMilestones: {
                                    name: string;
                                    feeMinor: number;
                                    /** Format: date */
                                    dueOn?: string;
                                    /** Format: date */
                                    reachedOn?: string;
                                }[];
                                schedule: {
                                    shifts: {
                                        days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                        startTime: string;
                                        endTime: string;
                                        location?: string;
                                    }[];
                                    expectedHoursPerWeek: number | null;
                                    /** @description A contact of the client who approves timesheets */
                                    timesheetApproverId: string | null;
                                    /** @enum {string} */
                                    timesheetCadence: "weekly" | "biweekly" | "monthly";
                                } | null;
                                billingContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                hiringContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                poNumber: string | null;
                                paymentTermsDays: number | null;
                                startOutcomeOn: string | null;
                                startOutcomeNote: string | null;
                                cancelledAt: string | null;
                                cancelReason: string | null;
                                cancelledBy: string | null;
                                /** @description The candidate has never had an employee record (placed for the first time) */
                                firstTime: boolean;
                                replaces: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                } | null;
                                replacedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                }[];
                                checklist: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    /** @enum {string} */
                                    kind: "start_details_sent" | "documents_received" | "contract_signed" | "shifts_set" | "billing_set_up" | "retained_milestones" | "custom";
                                    label: string;
                                    /** @enum {string} */
                                    ownerRole: "recruiter" | "account_manager" | "back_office";
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    dueOn: string | null;
                                    overdue: boolean;
                                    doneAt: string | null;
                                    doneBy: string | null;
                                    note: string | null;
                                }[];
                                followUps: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    label: string;
                                    /** @enum {string} */
                                    party: "candidate" | "client";
                                    dueOn: string;
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    taskId: string | null;
                                    doneAt: string | null;
                                    feedback: string | null;
                                    satisfaction: number | null;
                                }[];
                                issues: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    kind: string;
                                    /** @enum {string} */
                                    severity: "low" | "medium" | "high";
                                    note: string;
                                    resolution: string | null;
                                    resolvedAt: string | null;
                                    reportedBy: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                repeatOrders: {
                                    /** @enum {string} */
                                    kind: "job" | "deal";
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                }[];
                            };
                            abilities: {
                                update: boolean;
                                cancel: {
                                    allowed: boolean;
                                    reason: string | null;
                                };
                                reactivate: boolean;
                                confirmStart: boolean;
                                replace: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/placements/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the start: on time, late, no-show or withdrew */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        outcome: "on_time" | "late" | "no_show" | "withdrew";
                        /**
                         * @description The new start date of a late start
                         * @default null
                         */
                        newStartOn?: string | null;
                        /**
                         * @description Why the candidate withdrew; optional otherwise
                         * @default null
                         */
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                reference: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                assignmentStatus: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                recruiter: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                accountManager: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                startOn: string | null;
                                endOn: string | null;
                                /** Format: date-time */
                                placedAt: string;
                                feeMinor: number | null;
                                currency: string;
                                /** @description Share of handoff checklist items done, 0–100 */
                                handoffProgress: number;
                                startOutcome: ("on_time" | "late" | "no_show" | "withdrew") | null;
                                /** @description Billing set up: the checklist item is done, or a billing contact is set */
                                billingReady: boolean;
                                followUpsDone: number;
                                followUpsTotal: number;
                                openIssues: number;
                                /** @enum {string} */
                                backOffice: "hiring_management" | "assignments" | "employees";
                                version: number;
                                /** Format: uuid */
                                entryId: string;
                                offerId: string | null;
                                assignment: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "needs_approval" | "active" | "closed" | "cancelled";
                                    startOn: string | null;
                                    endOn: string | null;
                                    everApproved: boolean;
                                };
                                payMinor: number | null;
                                payUnit: ("hour" | "day" | "year") | null;
                                billRateMinor: number | null;
                                billRateUnit: ("hour" | "day" | "year") | null;
                                feeType: ("percent" | "flat") | null;
                                feeBp: number | null;
                                feeFlatMinor: number | null;
                                firstYearSalaryMinor: number | null;
                                retainedMilestones: {
                                    name: string;
                                    feeMinor: number;
                                    /** Format: date */
                                    dueOn?: string;
                                    /** Format: date */
                                    reachedOn?: string;
                                }[];
                                schedule: {
                                    shifts: {
                                        days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                        startTime: string;
                                        endTime: string;
                                        location?: string;
                                    }[];
                                    expectedHoursPerWeek: number | null;
                                    /** @description A contact of the client who approves timesheets */
                                    timesheetApproverId: string | null;
                                    /** @enum {string} */
                                    timesheetCadence: "weekly" | "biweekly" | "monthly";
                                } | null;
                                billingContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                hiringContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                poNumber: string | null;
                                paymentTermsDays: number | null;
                                startOutcomeOn: string | null;
                                startOutcomeNote: string | null;
                                cancelledAt: string | null;
                                cancelReason: string | null;
                                cancelledBy: string | null;
                                /** @description The candidate has never had an employee record (placed for the first time) */
                                firstTime: boolean;
                                replaces: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                } | null;
                                replacedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                }[];
                                checklist: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    /** @enum {string} */
                                    kind: "start_details_sent" | "documents_received" | "contract_signed" | "shifts_set" | "billing_set_up" | "retained_milestones" | "custom";
                                    label: string;
                                    /** @enum {string} */
                                    ownerRole: "recruiter" | "account_manager" | "back_office";
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    dueOn: string | null;
                                    overdue: boolean;
                                    doneAt: string | null;
                                    doneBy: string | null;
                                    note: string | null;
                                }[];
                                followUps: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    label: string;
                                    /** @enum {string} */
                                    party: "candidate" | "client";
                                    dueOn: string;
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    taskId: string | null;
                                    doneAt: string | null;
                                    feedback: string | null;
                                    satisfaction: number | null;
                                }[];
                                issues: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    kind: string;
                                    /** @enum {string} */
                                    severity: "low" | "medium" | "high";
                                    note: string;
                                    resolution: string | null;
                                    resolvedAt: string | null;
                                    reportedBy: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                repeatOrders: {
                                    /** @enum {string} */
                                    kind: "job" | "deal";
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                }[];
                            };
                            abilities: {
                                update: boolean;
                                cancel: {
                                    allowed: boolean;
                                    reason: string | null;
                                };
                                reactivate: boolean;
                                confirmStart: boolean;
                                replace: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/placements/{id}/checklist/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Tick, reassign or re-date a handoff checklist item */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        done?: boolean;
                        ownerId?: string | null;
                        dueOn?: string | null;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                reference: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                assignmentStatus: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                recruiter: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                accountManager: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                startOn: string | null;
                                endOn: string | null;
                                /** Format: date-time */
                                placedAt: string;
                                feeMinor: number | null;
                                currency: string;
                                /** @description Share of handoff checklist items done, 0–100 */
                                handoffProgress: number;
                                startOutcome: ("on_time" | "late" | "no_show" | "withdrew") | null;
                                /** @description Billing set up: the checklist item is done, or a billing contact is set */
                                billingReady: boolean;
                                followUpsDone: number;
                                followUpsTotal: number;
                                openIssues: number;
                                /** @enum {string} */
                                backOffice: "hiring_management" | "assignments" | "employees";
                                version: number;
                                /** Format: uuid */
                                entryId: string;
                                offerId: string | null;
                                assignment: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "needs_approval" | "active" | "closed" | "cancelled";
                                    startOn: string | null;
                                    endOn: string | null;
                                    everApproved: boolean;
                                };
                                payMinor: number | null;
                                payUnit: ("hour" | "day" | "year") | null;
                                billRateMinor: number | null;
                                billRateUnit: ("hour" | "day" | "year") | null;
                                feeType: ("percent" | "flat") | null;
                                feeBp: number | null;
                                feeFlatMinor: number | null;
                                firstYearSalaryMinor: number | null;
                                retainedMilestones: {
                                    name: string;
                                    feeMinor: number;
                                    /** Format: date */
                                    dueOn?: string;
                                    /** Format: date */
                                    reachedOn?: string;
                                }[];
                                schedule: {
                                    shifts: {
                                        days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                        startTime: string;
                                        endTime: string;
                                        location?: string;
                                    }[];
                                    expectedHoursPerWeek: number | null;
                                    /** @description A contact of the client who approves timesheets */
                                    timesheetApproverId: string | null;
                                    /** @enum {string} */
                                    timesheetCadence: "weekly" | "biweekly" | "monthly";
                                } | null;
                                billingContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                hiringContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                poNumber: string | null;
                                paymentTermsDays: number | null;
                                startOutcomeOn: string | null;
                                startOutcomeNote: string | null;
                                cancelledAt: string | null;
                                cancelReason: string | null;
                                cancelledBy: string | null;
                                /** @description The candidate has never had an employee record (placed for the first time) */
                                firstTime: boolean;
                                replaces: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                } | null;
                                replacedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                }[];
                                checklist: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    /** @enum {string} */
                                    kind: "start_details_sent" | "documents_received" | "contract_signed" | "shifts_set" | "billing_set_up" | "retained_milestones" | "custom";
                                    label: string;
                                    /** @enum {string} */
                                    ownerRole: "recruiter" | "account_manager" | "back_office";
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    dueOn: string | null;
                                    overdue: boolean;
                                    doneAt: string | null;
                                    doneBy: string | null;
                                    note: string | null;
                                }[];
                                followUps: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    label: string;
                                    /** @enum {string} */
                                    party: "candidate" | "client";
                                    dueOn: string;
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    taskId: string | null;
                                    doneAt: string | null;
                                    feedback: string | null;
                                    satisfaction: number | null;
                                }[];
                                issues: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    kind: string;
                                    /** @enum {string} */
                                    severity: "low" | "medium" | "high";
                                    note: string;
                                    resolution: string | null;
                                    resolvedAt: string | null;
                                    reportedBy: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                repeatOrders: {
                                    /** @enum {string} */
                                    kind: "job" | "deal";
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                }[];
                            };
                            abilities: {
                                update: boolean;
                                cancel: {
                                    allowed: boolean;
                                    reason: string | null;
                                };
                                reactivate: boolean;
                                confirmStart: boolean;
                                replace: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/placements/{id}/follow-ups/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record a post-placement check-in */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        done: boolean;
                        /** @default null */
                        feedback?: string | null;
                        /** @default null */
                        satisfaction?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                reference: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                assignmentStatus: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                recruiter: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                accountManager: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                startOn: string | null;
                                endOn: string | null;
                                /** Format: date-time */
                                placedAt: string;
                                feeMinor: number | null;
                                currency: string;
                                /** @description Share of handoff checklist items done, 0–100 */
                                handoffProgress: number;
                                startOutcome: ("on_time" | "late" | "no_show" | "withdrew") | null;
                                /** @description Billing set up: the checklist item is done, or a billing contact is set */
                                billingReady: boolean;
                                followUpsDone: number;
                                followUpsTotal: number;
                                openIssues: number;
                                /** @enum {string} */
                                backOffice: "hiring_management" | "assignments" | "employees";
                                version: number;
                                /** Format: uuid */
                                entryId: string;
                                offerId: string | null;
                                assignment: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "needs_approval" | "active" | "closed" | "cancelled";
                                    startOn: string | null;
                                    endOn: string | null;
                                    everApproved: boolean;
                                };
                                payMinor: number | null;
                                payUnit: ("hour" | "day" | "year") | null;
                                billRateMinor: number | null;
                                billRateUnit: ("hour" | "day" | "year") | null;
                                feeType: ("percent" | "flat") | null;
                                feeBp: number | null;
                                feeFlatMinor: number | null;
                                firstYearSalaryMinor: number | null;
                                retainedMilestones: {
                                    name: string;
                                    feeMinor: number;
                                    /** Format: date */
                                    dueOn?: string;
                                    /** Format: date */
                                    reachedOn?: string;
                                }[];
                                schedule: {
                                    shifts: {
                                        days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                        startTime: string;
                                        endTime: string;
                                        location?: string;
                                    }[];
                                    expectedHoursPerWeek: number | null;
                                    /** @description A contact of the client who approves timesheets */
                                    timesheetApproverId: string | null;
                                    /** @enum {string} */
                                    timesheetCadence: "weekly" | "biweekly" | "monthly";
                                } | null;
                                billingContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                hiringContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                poNumber: string | null;
                                paymentTermsDays: number | null;
                                startOutcomeOn: string | null;
                                startOutcomeNote: string | null;
                                cancelledAt: string | null;
                                cancelReason: string | null;
                                cancelledBy: string | null;
                                /** @description The candidate has never had an employee record (placed for the first time) */
                                firstTime: boolean;
                                replaces: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                } | null;
                                replacedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                }[];
                                checklist: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    /** @enum {string} */
                                    kind: "start_details_sent" | "documents_received" | "contract_signed" | "shifts_set" | "billing_set_up" | "retained_milestones" | "custom";
                                    label: string;
                                    /** @enum {string} */
                                    ownerRole: "recruiter" | "account_manager" | "back_office";
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    dueOn: string | null;
                                    overdue: boolean;
                                    doneAt: string | null;
                                    doneBy: string | null;
                                    note: string | null;
                                }[];
                                followUps: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    label: string;
                                    /** @enum {string} */
                                    party: "candidate" | "client";
                                    dueOn: string;
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    taskId: string | null;
                                    doneAt: string | null;
                                    feedback: string | null;
                                    satisfaction: number | null;
                                }[];
                                issues: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    kind: string;
                                    /** @enum {string} */
                                    severity: "low" | "medium" | "high";
                                    note: string;
                                    resolution: string | null;
                                    resolvedAt: string | null;
                                    reportedBy: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                repeatOrders: {
                                    /** @enum {string} */
                                    kind: "job" | "deal";
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                }[];
                            };
                            abilities: {
                                update: boolean;
                                cancel: {
                                    allowed: boolean;
                                    reason: string | null;
                                };
                                reactivate: boolean;
                                confirmStart: boolean;
                                replace: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/placements/{id}/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a post-placement issue */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high";
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                reference: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                assignmentStatus: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                recruiter: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                accountManager: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                startOn: string | null;
                                endOn: string | null;
                                /** Format: date-time */
                                placedAt: string;
                                feeMinor: number | null;
                                currency: string;
                                /** @description Share of handoff checklist items done, 0–100 */
                                handoffProgress: number;
                                startOutcome: ("on_time" | "late" | "no_show" | "withdrew") | null;
                                /** @description Billing set up: the checklist item is done, or a billing contact is set */
                                billingReady: boolean;
                                followUpsDone: number;
                                followUpsTotal: number;
                                openIssues: number;
                                /** @enum {string} */
                                backOffice: "hiring_management" | "assignments" | "employees";
                                version: number;
                                /** Format: uuid */
                                entryId: string;
                                offerId: string | null;
                                assignment: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "needs_approval" | "active" | "closed" | "cancelled";
                                    startOn: string | null;
                                    endOn: string | null;
                                    everApproved: boolean;
                                };
                                payMinor: number | null;
                                payUnit: ("hour" | "day" | "year") | null;
                                billRateMinor: number | null;
                                billRateUnit: ("hour" | "day" | "year") | null;
                                feeType: ("percent" | "flat") | null;
                                feeBp: number | null;
                                feeFlatMinor: number | null;
                                firstYearSalaryMinor: number | null;
                                retainedMilestones: {
                                    name: string;
                                    feeMinor: number;
                                    /** Format: date */
                                    dueOn?: string;
                                    /** Format: date */
                                    reachedOn?: string;
                                }[];
                                schedule: {
                                    shifts: {
                                        days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                        startTime: string;
                                        endTime: string;
                                        location?: string;
                                    }[];
                                    expectedHoursPerWeek: number | null;
                                    /** @description A contact of the client who approves timesheets */
                                    timesheetApproverId: string | null;
                                    /** @enum {string} */
                                    timesheetCadence: "weekly" | "biweekly" | "monthly";
                                } | null;
                                billingContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                hiringContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                poNumber: string | null;
                                paymentTermsDays: number | null;
                                startOutcomeOn: string | null;
                                startOutcomeNote: string | null;
                                cancelledAt: string | null;
                                cancelReason: string | null;
                                cancelledBy: string | null;
                                /** @description The candidate has never had an employee record (placed for the first time) */
                                firstTime: boolean;
                                replaces: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                } | null;
                                replacedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                }[];
                                checklist: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    /** @enum {string} */
                                    kind: "start_details_sent" | "documents_received" | "contract_signed" | "shifts_set" | "billing_set_up" | "retained_milestones" | "custom";
                                    label: string;
                                    /** @enum {string} */
                                    ownerRole: "recruiter" | "account_manager" | "back_office";
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    dueOn: string | null;
                                    overdue: boolean;
                                    doneAt: string | null;
                                    doneBy: string | null;
                                    note: string | null;
                                }[];
                                followUps: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    label: string;
                                    /** @enum {string} */
                                    party: "candidate" | "client";
                                    dueOn: string;
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    taskId: string | null;
                                    doneAt: string | null;
                                    feedback: string | null;
                                    satisfaction: number | null;
                                }[];
                                issues: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    kind: string;
                                    /** @enum {string} */
                                    severity: "low" | "medium" | "high";
                                    note: string;
                                    resolution: string | null;
                                    resolvedAt: string | null;
                                    reportedBy: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                repeatOrders: {
                                    /** @enum {string} */
                                    kind: "job" | "deal";
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                }[];
                            };
                            abilities: {
                                update: boolean;
                                cancel: {
                                    allowed: boolean;
                                    reason: string | null;
                                };
                                reactivate: boolean;
                                confirmStart: boolean;
                                replace: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/placements/{id}/issues/{itemId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a post-placement issue */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        resolution: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                reference: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                assignmentStatus: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                recruiter: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                accountManager: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                startOn: string | null;
                                endOn: string | null;
                                /** Format: date-time */
                                placedAt: string;
                                feeMinor: number | null;
                                currency: string;
                                /** @description Share of handoff checklist items done, 0–100 */
                                handoffProgress: number;
                                startOutcome: ("on_time" | "late" | "no_show" | "withdrew") | null;
                                /** @description Billing set up: the checklist item is done, or a billing contact is set */
                                billingReady: boolean;
                                followUpsDone: number;
                                followUpsTotal: number;
                                openIssues: number;
                                /** @enum {string} */
                                backOffice: "hiring_management" | "assignments" | "employees";
                                version: number;
                                /** Format: uuid */
                                entryId: string;
                                offerId: string | null;
                                assignment: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "needs_approval" | "active" | "closed" | "cancelled";
                                    startOn: string | null;
                                    endOn: string | null;
                                    everApproved: boolean;
                                };
                                payMinor: number | null;
                                payUnit: ("hour" | "day" | "year") | null;
                                billRateMinor: number | null;
                                billRateUnit: ("hour" | "day" | "year") | null;
                                feeType: ("percent" | "flat") | null;
                                feeBp: number | null;
                                feeFlatMinor: number | null;
                                firstYearSalaryMinor: number | null;
                                retainedMilestones: {
                                    name: string;
                                    feeMinor: number;
                                    /** Format: date */
                                    dueOn?: string;
                                    /** Format: date */
                                    reachedOn?: string;
                                }[];
                                schedule: {
                                    shifts: {
                                        days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                        startTime: string;
                                        endTime: string;
                                        location?: string;
                                    }[];
                                    expectedHoursPerWeek: number | null;
                                    /** @description A contact of the client who approves timesheets */
                                    timesheetApproverId: string | null;
                                    /** @enum {string} */
                                    timesheetCadence: "weekly" | "biweekly" | "monthly";
                                } | null;
                                billingContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                hiringContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                poNumber: string | null;
                                paymentTermsDays: number | null;
                                startOutcomeOn: string | null;
                                startOutcomeNote: string | null;
                                cancelledAt: string | null;
                                cancelReason: string | null;
                                cancelledBy: string | null;
                                /** @description The candidate has never had an employee record (placed for the first time) */
                                firstTime: boolean;
                                replaces: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                } | null;
                                replacedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                }[];
                                checklist: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    /** @enum {string} */
                                    kind: "start_details_sent" | "documents_received" | "contract_signed" | "shifts_set" | "billing_set_up" | "retained_milestones" | "custom";
                                    label: string;
                                    /** @enum {string} */
                                    ownerRole: "recruiter" | "account_manager" | "back_office";
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    dueOn: string | null;
                                    overdue: boolean;
                                    doneAt: string | null;
                                    doneBy: string | null;
                                    note: string | null;
                                }[];
                                followUps: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    label: string;
                                    /** @enum {string} */
                                    party: "candidate" | "client";
                                    dueOn: string;
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    taskId: string | null;
                                    doneAt: string | null;
                                    feedback: string | null;
                                    satisfaction: number | null;
                                }[];
                                issues: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    kind: string;
                                    /** @enum {string} */
                                    severity: "low" | "medium" | "high";
                                    note: string;
                                    resolution: string | null;
                                    resolvedAt: string | null;
                                    reportedBy: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                repeatOrders: {
                                    /** @enum {string} */
                                    kind: "job" | "deal";
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                }[];
                            };
                            abilities: {
                                update: boolean;
                                cancel: {
                                    allowed: boolean;
                                    reason: string | null;
                                };
                                reactivate: boolean;
                                confirmStart: boolean;
                                replace: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/placements/{id}/repeat-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn repeat demand into a job order or a deal
         * @description The new job order (in intake) or deal is with the same client, linked to the placement.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "job";
                        title: string;
                        /** @default 1 */
                        openings?: number;
                        /** @default  */
                        notes?: string;
                    } | {
                        /** @enum {string} */
                        kind: "deal";
                        title: string;
                        /** @default null */
                        valueMinor?: number | null;
                        /** @default  */
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                reference: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                assignmentStatus: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                recruiter: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                accountManager: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                startOn: string | null;
                                endOn: string | null;
                                /** Format: date-time */
                                placedAt: string;
                                feeMinor: number | null;
                                currency: string;
                                /** @description Share of handoff checklist items done, 0–100 */
                                handoffProgress: number;
                                startOutcome: ("on_time" | "late" | "no_show" | "withdrew") | null;
                                /** @description Billing set up: the checklist item is done, or a billing contact is set */
                                billingReady: boolean;
                                followUpsDone: number;
                                followUpsTotal: number;
                                openIssues: number;
                                /** @enum {string} */
                                backOffice: "hiring_management" | "assignments" | "employees";
                                version: number;
                                /** Format: uuid */
                                entryId: string;
                                offerId: string | null;
                                assignment: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "needs_approval" | "active" | "closed" | "cancelled";
                                    startOn: string | null;
                                    endOn: string | null;
                                    everApproved: boolean;
                                };
                                payMinor: number | null;
                                payUnit: ("hour" | "day" | "year") | null;
                                billRateMinor: number | null;
                                billRateUnit: ("hour" | "day" | "year") | null;
                                feeType: ("percent" | "flat") | null;
                                feeBp: number | null;
                                feeFlatMinor: number | null;
                                firstYearSalaryMinor: number | null;
                                retainedMilestones: {
                                    name: string;
                                    feeMinor: number;
                                    /** Format: date */
                                    dueOn?: string;
                                    /** Format: date */
                                    reachedOn?: string;
                                }[];
                                schedule: {
                                    shifts: {
                                        days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                        startTime: string;
                                        endTime: string;
                                        location?: string;
                                    }[];
                                    expectedHoursPerWeek: number | null;
                                    /** @description A contact of the client who approves timesheets */
                                    timesheetApproverId: string | null;
                                    /** @enum {string} */
                                    timesheetCadence: "weekly" | "biweekly" | "monthly";
                                } | null;
                                billingContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                hiringContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                poNumber: string | null;
                                paymentTermsDays: number | null;
                                startOutcomeOn: string | null;
                                startOutcomeNote: string | null;
                                cancelledAt: string | null;
                                cancelReason: string | null;
                                cancelledBy: string | null;
                                /** @description The candidate has never had an employee record (placed for the first time) */
                                firstTime: boolean;
                                replaces: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                } | null;
                                replacedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "closed" | "cancelled";
                                    candidateName: string;
                                }[];
                                checklist: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    /** @enum {string} */
                                    kind: "start_details_sent" | "documents_received" | "contract_signed" | "shifts_set" | "billing_set_up" | "retained_milestones" | "custom";
                                    label: string;
                                    /** @enum {string} */
                                    ownerRole: "recruiter" | "account_manager" | "back_office";
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    dueOn: string | null;
                                    overdue: boolean;
                                    doneAt: string | null;
                                    doneBy: string | null;
                                    note: string | null;
                                }[];
                                followUps: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    label: string;
                                    /** @enum {string} */
                                    party: "candidate" | "client";
                                    dueOn: string;
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    taskId: string | null;
                                    doneAt: string | null;
                                    feedback: string | null;
                                    satisfaction: number | null;
                                }[];
                                issues: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    kind: string;
                                    /** @enum {string} */
                                    severity: "low" | "medium" | "high";
                                    note: string;
                                    resolution: string | null;
                                    resolvedAt: string | null;
                                    reportedBy: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                repeatOrders: {
                                    /** @enum {string} */
                                    kind: "job" | "deal";
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                }[];
                            };
                            abilities: {
                                update: boolean;
                                cancel: {
                                    allowed: boolean;
                                    reason: string | null;
                                };
                                reactivate: boolean;
                                confirmStart: boolean;
                                replace: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/placements/{id}/confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email the placement confirmation to the candidate and/or the hiring contact */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        recipients: ("candidate" | "client")[];
                        /** @default  */
                        startDetails?: string;
                        /** @default  */
                        nextSteps?: string;
                        /** @default  */
                        documentsNeeded?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @enum {string} */
                                recipient: "candidate" | "client";
                                to: string;
                                /** Format: uuid */
                                mailId: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hiring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Candidates being placed for the first time (B3)
         * @description Candidates without an employee record who have pending placements, with how many each has.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    status: string;
                                };
                                pendingCount: number;
                                placements: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                    jobTitle: string;
                                    organizationName: string;
                                    /** @enum {string} */
                                    employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                    startOn: string | null;
                                    /** Format: date-time */
                                    placedAt: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hiring/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel every pending placement of the selected candidates (B3)
         * @description All or nothing: a candidate not in hiring management refuses the batch (422, one `related` entry each) and nothing changes. The candidates' status does not change.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Candidate ids: every pending placement of each is cancelled */
                        ids: string[];
                        options: {
                            reason: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                candidateId: string;
                                cancelledPlacementIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List assignments (B5: active and needs approval unless `status` says otherwise) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description Statuses separated by commas, or `all`; without it, `active` and `needs_approval` (B5) */
                    status?: string;
                    organizationId?: string;
                    candidateId?: string;
                    jobId?: string;
                    employmentType?: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                    startFrom?: string;
                    startTo?: string;
                    endFrom?: string;
                    endTo?: string;
                    /** @description Ending in the next 7, 14, 28 or 90 days (from the agency's today) */
                    endingWithin?: number;
                    /** @description Candidate (employee) name prefix, or an employee number */
                    q?: string;
                    sort?: "startOn" | "endOn" | "candidate" | "status";
                    dir?: "asc" | "desc";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                status: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                directPath: boolean;
                                startOn: string | null;
                                endOn: string | null;
                                everApproved: boolean;
                                /** Format: date-time */
                                statusChangedAt: string;
                                version: number;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                placement: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                };
                                employee: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    /** @enum {string} */
                                    status: "active" | "terminated";
                                } | null;
                                currentRates: {
                                    currency: string;
                                    /** @enum {string} */
                                    unit: "hour" | "day";
                                    payRegularMinor: number;
                                    billRegularMinor: number;
                                    markupBp: number | null;
                                } | null;
                                /** @description Closed and cancelled assignments are read-only until reactivated (B10) */
                                readOnly: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the assignments of a filter as CSV */
        get: {
            parameters: {
                query?: {
                    /** @description Statuses separated by commas, or `all`; without it, `active` and `needs_approval` (B5) */
                    status?: string;
                    organizationId?: string;
                    candidateId?: string;
                    jobId?: string;
                    employmentType?: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                    startFrom?: string;
                    startTo?: string;
                    endFrom?: string;
                    endTo?: string;
                    /** @description Ending in the next 7, 14, 28 or 90 days (from the agency's today) */
                    endingWithin?: number;
                    /** @description Candidate (employee) name prefix, or an employee number */
                    q?: string;
                    sort?: "startOn" | "endOn" | "candidate" | "status";
                    dir?: "asc" | "desc";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/csv */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an assignment with its rates and history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                status: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                directPath: boolean;
                                startOn: string | null;
                                endOn: string | null;
                                everApproved: boolean;
                                /** Format: date-time */
                                statusChangedAt: string;
                                version: number;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                placement: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                };
                                employee: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    /** @enum {string} */
                                    status: "active" | "terminated";
                                } | null;
                                currentRates: {
                                    currency: string;
                                    /** @enum {string} */
                                    unit: "hour" | "day";
                                    payRegularMinor: number;
                                    billRegularMinor: number;
                                    markupBp: number | null;
                                } | null;
                                /** @description Closed and cancelled assignments are read-only until reactivated (B10) */
                                readOnly: boolean;
                                schedule: {
                                    shifts: {
                                        days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                        startTime: string;
                                        endTime: string;
                                        location?: string;
                                    }[];
                                    expectedHoursPerWeek: number | null;
                                    /** @description A contact of the client who approves timesheets */
                                    timesheetApproverId: string | null;
                                    /** @enum {string} */
                                    timesheetCadence: "weekly" | "biweekly" | "monthly";
                                } | null;
                                rates: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    effectiveFrom: string;
                                    currency: string;
                                    /** @enum {string} */
                                    unit: "hour" | "day";
                                    payRegularMinor: number;
                                    payOvertimeMinor: number;
                                    payDoubleMinor: number;
                                    billRegularMinor: number;
                                    billOvertimeMinor: number;
                                    billDoubleMinor: number;
                                    markupBp: number | null;
                                    note: string;
                                    actorLabel: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                events: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "placed" | "approved" | "closed" | "cancelled" | "reactivated" | "extended" | "rates_changed" | "schedule_changed" | "dates_changed";
                                    fromStatus: ("needs_approval" | "active" | "closed" | "cancelled") | null;
                                    toStatus: ("needs_approval" | "active" | "closed" | "cancelled") | null;
                                    startOn: string | null;
                                    endOn: string | null;
                                    previousEndOn: string | null;
                                    note: string;
                                    actorLabel: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                            };
                            abilities: {
                                approve: boolean;
                                close: boolean;
                                cancel: boolean;
                                reactivate: boolean;
                                edit: boolean;
                                extend: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an open assignment's dates or schedule (B10: closed and cancelled ones are read-only) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        startOn?: string | null;
                        endOn?: string | null;
                        schedule?: {
                            shifts: {
                                days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                startTime: string;
                                endTime: string;
                                location?: string;
                            }[];
                            expectedHoursPerWeek: number | null;
                            /** @description A contact of the client who approves timesheets */
                            timesheetApproverId: string | null;
                            /** @enum {string} */
                            timesheetCadence: "weekly" | "biweekly" | "monthly";
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                status: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                directPath: boolean;
                                startOn: string | null;
                                endOn: string | null;
                                everApproved: boolean;
                                /** Format: date-time */
                                statusChangedAt: string;
                                version: number;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                placement: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                };
                                employee: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    /** @enum {string} */
                                    status: "active" | "terminated";
                                } | null;
                                currentRates: {
                                    currency: string;
                                    /** @enum {string} */
                                    unit: "hour" | "day";
                                    payRegularMinor: number;
                                    billRegularMinor: number;
                                    markupBp: number | null;
                                } | null;
                                /** @description Closed and cancelled assignments are read-only until reactivated (B10) */
                                readOnly: boolean;
                                schedule: {
                                    shifts: {
                                        days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                        startTime: string;
                                        endTime: string;
                                        location?: string;
                                    }[];
                                    expectedHoursPerWeek: number | null;
                                    /** @description A contact of the client who approves timesheets */
                                    timesheetApproverId: string | null;
                                    /** @enum {string} */
                                    timesheetCadence: "weekly" | "biweekly" | "monthly";
                                } | null;
                                rates: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    effectiveFrom: string;
                                    currency: string;
                                    /** @enum {string} */
                                    unit: "hour" | "day";
                                    payRegularMinor: number;
                                    payOvertimeMinor: number;
                                    payDoubleMinor: number;
                                    billRegularMinor: number;
                                    billOvertimeMinor: number;
                                    billDoubleMinor: number;
                                    markupBp: number | null;
                                    note: string;
                                    actorLabel: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                events: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "placed" | "approved" | "closed" | "cancelled" | "reactivated" | "extended" | "rates_changed" | "schedule_changed" | "dates_changed";
                                    fromStatus: ("needs_approval" | "active" | "closed" | "cancelled") | null;
                                    toStatus: ("needs_approval" | "active" | "closed" | "cancelled") | null;
                                    startOn: string | null;
                                    endOn: string | null;
                                    previousEndOn: string | null;
                                    note: string;
                                    actorLabel: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                            };
                            abilities: {
                                approve: boolean;
                                close: boolean;
                                cancel: boolean;
                                reactivate: boolean;
                                edit: boolean;
                                extend: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/assignments/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve assignments (B6, B7, B8)
         * @description All or nothing: every assignment is checked first; any refusal answers 422 with one `related` entry per refused assignment (its `rule`, `reason` and `blockedBy` record) and nothing changes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        /**
                         * @default {
                         *       "overrideEndDate": false
                         *     }
                         */
                        options?: {
                            /**
                             * Format: date
                             * @description B6: the start date of temp/contract assignments without one (default: today)
                             */
                            startOn?: string;
                            /**
                             * Format: date
                             * @description B8: the end date of direct assignments without one (default: their start date)
                             */
                            directEndOn?: string;
                            /**
                             * Format: date
                             * @description B8: the termination date of the direct hire (default: today)
                             */
                            terminationOn?: string;
                            /**
                             * Format: date
                             * @description B8: the close date of the employee's other active assignments (default: today)
                             */
                            otherCloseOn?: string;
                            /**
                             * @description B10: the other assignments closed by B8 take the close date even when they have an end date
                             * @default false
                             */
                            overrideEndDate?: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                status: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                directPath: boolean;
                                startOn: string | null;
                                endOn: string | null;
                                everApproved: boolean;
                                /** Format: date-time */
                                statusChangedAt: string;
                                version: number;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                placement: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                };
                                employee: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    /** @enum {string} */
                                    status: "active" | "terminated";
                                } | null;
                                currentRates: {
                                    currency: string;
                                    /** @enum {string} */
                                    unit: "hour" | "day";
                                    payRegularMinor: number;
                                    billRegularMinor: number;
                                    markupBp: number | null;
                                } | null;
                                /** @description Closed and cancelled assignments are read-only until reactivated (B10) */
                                readOnly: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close assignments (B9, B10)
         * @description All or nothing: every assignment is checked first; any refusal answers 422 with one `related` entry per refused assignment (its `rule`, `reason` and `blockedBy` record) and nothing changes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        options: {
                            /**
                             * Format: date
                             * @description B10: the end date of assignments without one (future dates allowed)
                             */
                            endOn: string;
                            /**
                             * @description B10: use this date even where an assignment has an end date
                             * @default false
                             */
                            overrideEndDate?: boolean;
                            reason?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                status: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                directPath: boolean;
                                startOn: string | null;
                                endOn: string | null;
                                everApproved: boolean;
                                /** Format: date-time */
                                statusChangedAt: string;
                                version: number;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                placement: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                };
                                employee: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    /** @enum {string} */
                                    status: "active" | "terminated";
                                } | null;
                                currentRates: {
                                    currency: string;
                                    /** @enum {string} */
                                    unit: "hour" | "day";
                                    payRegularMinor: number;
                                    billRegularMinor: number;
                                    markupBp: number | null;
                                } | null;
                                /** @description Closed and cancelled assignments are read-only until reactivated (B10) */
                                readOnly: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel assignments (B9, B10)
         * @description All or nothing: every assignment is checked first; any refusal answers 422 with one `related` entry per refused assignment (its `rule`, `reason` and `blockedBy` record) and nothing changes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        options: {
                            /**
                             * Format: date
                             * @description B10: the end date of assignments without one (future dates allowed)
                             */
                            endOn: string;
                            /**
                             * @description B10: use this date even where an assignment has an end date
                             * @default false
                             */
                            overrideEndDate?: boolean;
                            reason?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                status: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                directPath: boolean;
                                startOn: string | null;
                                endOn: string | null;
                                everApproved: boolean;
                                /** Format: date-time */
                                statusChangedAt: string;
                                version: number;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                placement: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                };
                                employee: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    /** @enum {string} */
                                    status: "active" | "terminated";
                                } | null;
                                currentRates: {
                                    currency: string;
                                    /** @enum {string} */
                                    unit: "hour" | "day";
                                    payRegularMinor: number;
                                    billRegularMinor: number;
                                    markupBp: number | null;
                                } | null;
                                /** @description Closed and cancelled assignments are read-only until reactivated (B10) */
                                readOnly: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate closed or cancelled assignments (B12)
         * @description All or nothing: every assignment is checked first; any refusal answers 422 with one `related` entry per refused assignment (its `rule`, `reason` and `blockedBy` record) and nothing changes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        /**
                         * @default {
                         *       "changeEndDate": false,
                         *       "reactivateEmployee": false
                         *     }
                         */
                        options?: {
                            /**
                             * @description B12: replace the end date with `endOn` (without it the end date is kept)
                             * @default false
                             */
                            changeEndDate?: boolean;
                            endOn?: string | null;
                            /**
                             * @description B12: make the terminated employee record active again
                             * @default false
                             */
                            reactivateEmployee?: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                status: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                directPath: boolean;
                                startOn: string | null;
                                endOn: string | null;
                                everApproved: boolean;
                                /** Format: date-time */
                                statusChangedAt: string;
                                version: number;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                placement: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                };
                                employee: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    /** @enum {string} */
                                    status: "active" | "terminated";
                                } | null;
                                currentRates: {
                                    currency: string;
                                    /** @enum {string} */
                                    unit: "hour" | "day";
                                    payRegularMinor: number;
                                    billRegularMinor: number;
                                    markupBp: number | null;
                                } | null;
                                /** @description Closed and cancelled assignments are read-only until reactivated (B10) */
                                readOnly: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend an active assignment's end date, optionally with new rates */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** Format: date */
                        endOn: string;
                        /** @default  */
                        note?: string;
                        rates?: {
                            /** Format: date */
                            effectiveFrom: string;
                            currency: string;
                            /** @enum {string} */
                            unit: "hour" | "day";
                            payRegularMinor: number;
                            payOvertimeMinor: number;
                            payDoubleMinor: number;
                            billRegularMinor: number;
                            billOvertimeMinor: number;
                            billDoubleMinor: number;
                            /** @default  */
                            note?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                status: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                directPath: boolean;
                                startOn: string | null;
                                endOn: string | null;
                                everApproved: boolean;
                                /** Format: date-time */
                                statusChangedAt: string;
                                version: number;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                placement: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                };
                                employee: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    /** @enum {string} */
                                    status: "active" | "terminated";
                                } | null;
                                currentRates: {
                                    currency: string;
                                    /** @enum {string} */
                                    unit: "hour" | "day";
                                    payRegularMinor: number;
                                    billRegularMinor: number;
                                    markupBp: number | null;
                                } | null;
                                /** @description Closed and cancelled assignments are read-only until reactivated (B10) */
                                readOnly: boolean;
                                schedule: {
                                    shifts: {
                                        days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                        startTime: string;
                                        endTime: string;
                                        location?: string;
                                    }[];
                                    expectedHoursPerWeek: number | null;
                                    /** @description A contact of the client who approves timesheets */
                                    timesheetApproverId: string | null;
                                    /** @enum {string} */
                                    timesheetCadence: "weekly" | "biweekly" | "monthly";
                                } | null;
                                rates: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    effectiveFrom: string;
                                    currency: string;
                                    /** @enum {string} */
                                    unit: "hour" | "day";
                                    payRegularMinor: number;
                                    payOvertimeMinor: number;
                                    payDoubleMinor: number;
                                    billRegularMinor: number;
                                    billOvertimeMinor: number;
                                    billDoubleMinor: number;
                                    markupBp: number | null;
                                    note: string;
                                    actorLabel: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                events: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "placed" | "approved" | "closed" | "cancelled" | "reactivated" | "extended" | "rates_changed" | "schedule_changed" | "dates_changed";
                                    fromStatus: ("needs_approval" | "active" | "closed" | "cancelled") | null;
                                    toStatus: ("needs_approval" | "active" | "closed" | "cancelled") | null;
                                    startOn: string | null;
                                    endOn: string | null;
                                    previousEndOn: string | null;
                                    note: string;
                                    actorLabel: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                            };
                            abilities: {
                                approve: boolean;
                                close: boolean;
                                cancel: boolean;
                                reactivate: boolean;
                                edit: boolean;
                                extend: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/{id}/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set effective-dated pay and bill rates on an open assignment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        effectiveFrom: string;
                        currency: string;
                        /** @enum {string} */
                        unit: "hour" | "day";
                        payRegularMinor: number;
                        payOvertimeMinor: number;
                        payDoubleMinor: number;
                        billRegularMinor: number;
                        billOvertimeMinor: number;
                        billDoubleMinor: number;
                        /** @default  */
                        note?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                status: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                directPath: boolean;
                                startOn: string | null;
                                endOn: string | null;
                                everApproved: boolean;
                                /** Format: date-time */
                                statusChangedAt: string;
                                version: number;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                placement: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                };
                                employee: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    /** @enum {string} */
                                    status: "active" | "terminated";
                                } | null;
                                currentRates: {
                                    currency: string;
                                    /** @enum {string} */
                                    unit: "hour" | "day";
                                    payRegularMinor: number;
                                    billRegularMinor: number;
                                    markupBp: number | null;
                                } | null;
                                /** @description Closed and cancelled assignments are read-only until reactivated (B10) */
                                readOnly: boolean;
                                schedule: {
                                    shifts: {
                                        days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                        startTime: string;
                                        endTime: string;
                                        location?: string;
                                    }[];
                                    expectedHoursPerWeek: number | null;
                                    /** @description A contact of the client who approves timesheets */
                                    timesheetApproverId: string | null;
                                    /** @enum {string} */
                                    timesheetCadence: "weekly" | "biweekly" | "monthly";
                                } | null;
                                rates: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    effectiveFrom: string;
                                    currency: string;
                                    /** @enum {string} */
                                    unit: "hour" | "day";
                                    payRegularMinor: number;
                                    payOvertimeMinor: number;
                                    payDoubleMinor: number;
                                    billRegularMinor: number;
                                    billOvertimeMinor: number;
                                    billDoubleMinor: number;
                                    markupBp: number | null;
                                    note: string;
                                    actorLabel: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                events: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "placed" | "approved" | "closed" | "cancelled" | "reactivated" | "extended" | "rates_changed" | "schedule_changed" | "dates_changed";
                                    fromStatus: ("needs_approval" | "active" | "closed" | "cancelled") | null;
                                    toStatus: ("needs_approval" | "active" | "closed" | "cancelled") | null;
                                    startOn: string | null;
                                    endOn: string | null;
                                    previousEndOn: string | null;
                                    note: string;
                                    actorLabel: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                            };
                            abilities: {
                                approve: boolean;
                                close: boolean;
                                cancel: boolean;
                                reactivate: boolean;
                                edit: boolean;
                                extend: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/apply-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a job order's bill rate to chosen open assignments from a date
         * @description Each assignment keeps its pay rates and takes the job's bill rate (overtime ×1.5, double time ×2) from `effectiveFrom`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        effectiveFrom: string;
                        assignmentIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                status: "needs_approval" | "active" | "closed" | "cancelled";
                                /** @enum {string} */
                                employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
                                directPath: boolean;
                                startOn: string | null;
                                endOn: string | null;
                                everApproved: boolean;
                                /** Format: date-time */
                                statusChangedAt: string;
                                version: number;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    title: string;
                                };
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                placement: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                };
                                employee: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    /** @enum {string} */
                                    status: "active" | "terminated";
                                } | null;
                                currentRates: {
                                    currency: string;
                                    /** @enum {string} */
                                    unit: "hour" | "day";
                                    payRegularMinor: number;
                                    billRegularMinor: number;
                                    markupBp: number | null;
                                } | null;
                                /** @description Closed and cancelled assignments are read-only until reactivated (B10) */
                                readOnly: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List employees
         * @description Most recently changed first. `q` is an employee number (`1042`, `E-1042`) or the start of the first or last name.
         */
        get: {
            parameters: {
                query?: {
                    status?: "active" | "terminated";
                    /** @description The start of the candidate's first or last name */
                    q?: string;
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                /** @enum {string} */
                                status: "active" | "terminated";
                                hiredOn: string;
                                terminatedOn: string | null;
                                terminationReason: string | null;
                                workerType: string;
                                payFrequency: string;
                                version: number;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Onboard a candidate placed for the first time (hiring management)
         * @description Only a candidate with a pending or active placement and no employee record (409 naming the existing record otherwise). The number is the agency's next one unless given (409 when taken); worker type and pay frequency are values of the agency's lists. The documents checklist comes from the `employees.requiredDocuments` setting. The candidate then leaves hiring management.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        candidateId: string;
                        /** Format: date */
                        hiredOn: string;
                        /** @description A value of the agency's worker types list */
                        workerType: string;
                        /** @description A value of the agency's pay frequencies list */
                        payFrequency: string;
                        /** @description The employee number; the next one of the agency when left out */
                        number?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                /** @enum {string} */
                                status: "active" | "terminated";
                                hiredOn: string;
                                terminatedOn: string | null;
                                terminationReason: string | null;
                                workerType: string;
                                payFrequency: string;
                                version: number;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employees.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the employees of a filter as CSV
         * @description Every employee the same filters as the list select, as a CSV download (UTF-8, header row first).
         */
        get: {
            parameters: {
                query?: {
                    status?: "active" | "terminated";
                    /** @description The start of the candidate's first or last name */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/csv */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employees/onboarding-defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the onboard form starts from: the agency's date, default worker type and pay frequency, and the required documents */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description The agency's date, the hire date a form starts from when the placement has no start date */
                                today: string;
                                workerType: string;
                                payFrequency: string;
                                /** @description The documents checklist every new employee gets (setting employees.requiredDocuments) */
                                requiredDocuments: string[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an employee with history, documents checklist and assignments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                /** @enum {string} */
                                status: "active" | "terminated";
                                hiredOn: string;
                                terminatedOn: string | null;
                                terminationReason: string | null;
                                workerType: string;
                                payFrequency: string;
                                version: number;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                events: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "hired" | "terminated" | "reactivated";
                                    on: string;
                                    reason: string;
                                    actorLabel: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    position: number;
                                    receivedOn: string | null;
                                    note: string;
                                    version: number;
                                }[];
                                assignments: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "needs_approval" | "active" | "closed" | "cancelled";
                                    jobTitle: string;
                                    organizationName: string;
                                    startOn: string | null;
                                    endOn: string | null;
                                }[];
                            };
                            abilities: {
                                update: boolean;
                                terminate: boolean;
                                reactivate: boolean;
                                tickDocuments: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the worker type or pay frequency */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        workerType?: string;
                        payFrequency?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                /** @enum {string} */
                                status: "active" | "terminated";
                                hiredOn: string;
                                terminatedOn: string | null;
                                terminationReason: string | null;
                                workerType: string;
                                payFrequency: string;
                                version: number;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                events: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "hired" | "terminated" | "reactivated";
                                    on: string;
                                    reason: string;
                                    actorLabel: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    position: number;
                                    receivedOn: string | null;
                                    note: string;
                                    version: number;
                                }[];
                                assignments: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "needs_approval" | "active" | "closed" | "cancelled";
                                    jobTitle: string;
                                    organizationName: string;
                                    startOn: string | null;
                                    endOn: string | null;
                                }[];
                            };
                            abilities: {
                                update: boolean;
                                terminate: boolean;
                                reactivate: boolean;
                                tickDocuments: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/employees/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Terminate an active employee
         * @description On a date on or after the hire date, with a reason; recorded in the history.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** Format: date */
                        terminatedOn: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                /** @enum {string} */
                                status: "active" | "terminated";
                                hiredOn: string;
                                terminatedOn: string | null;
                                terminationReason: string | null;
                                workerType: string;
                                payFrequency: string;
                                version: number;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                events: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "hired" | "terminated" | "reactivated";
                                    on: string;
                                    reason: string;
                                    actorLabel: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    position: number;
                                    receivedOn: string | null;
                                    note: string;
                                    version: number;
                                }[];
                                assignments: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "needs_approval" | "active" | "closed" | "cancelled";
                                    jobTitle: string;
                                    organizationName: string;
                                    startOn: string | null;
                                    endOn: string | null;
                                }[];
                            };
                            abilities: {
                                update: boolean;
                                terminate: boolean;
                                reactivate: boolean;
                                tickDocuments: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employees/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a terminated employee
         * @description From a date on or after the termination date; recorded in the history.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** Format: date */
                        on: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                /** @enum {string} */
                                status: "active" | "terminated";
                                hiredOn: string;
                                terminatedOn: string | null;
                                terminationReason: string | null;
                                workerType: string;
                                payFrequency: string;
                                version: number;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                events: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "hired" | "terminated" | "reactivated";
                                    on: string;
                                    reason: string;
                                    actorLabel: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    position: number;
                                    receivedOn: string | null;
                                    note: string;
                                    version: number;
                                }[];
                                assignments: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "needs_approval" | "active" | "closed" | "cancelled";
                                    jobTitle: string;
                                    organizationName: string;
                                    startOn: string | null;
                                    endOn: string | null;
                                }[];
                            };
                            abilities: {
                                update: boolean;
                                terminate: boolean;
                                reactivate: boolean;
                                tickDocuments: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employees/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Tick a document of the checklist as received (or untick it) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        received: boolean;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                /** @enum {string} */
                                status: "active" | "terminated";
                                hiredOn: string;
                                terminatedOn: string | null;
                                terminationReason: string | null;
                                workerType: string;
                                payFrequency: string;
                                version: number;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                events: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "hired" | "terminated" | "reactivated";
                                    on: string;
                                    reason: string;
                                    actorLabel: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    position: number;
                                    receivedOn: string | null;
                                    note: string;
                                    version: number;
                                }[];
                                assignments: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "needs_approval" | "active" | "closed" | "cancelled";
                                    jobTitle: string;
                                    organizationName: string;
                                    startOn: string | null;
                                    endOn: string | null;
                                }[];
                            };
                            abilities: {
                                update: boolean;
                                terminate: boolean;
                                reactivate: boolean;
                                tickDocuments: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorInput: {
            error: {
                code: string;
                message: string;
                rule?: string;
                fields?: {
                    path: string;
                    message: string;
                }[];
                related?: {
                    type: string;
                    id: string;
                    label: string;
                    /** @description In a batch refusal: the rule that refuses this record */
                    rule?: string;
                    reason?: string;
                    /** @description The record that blocks it (e.g. an invoice) */
                    blockedBy?: {
                        type: string;
                        id: string;
                        label: string;
                    };
                }[];
            };
        };
        RelatedRecordInput: {
            /** @enum {string} */
            type: "candidate" | "organization" | "contact" | "deal" | "job";
            /** Format: uuid */
            id: string;
            label: string;
        };
        ActivityInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "note" | "call" | "email" | "meeting" | "message";
            subject: string | null;
            body: string;
            callOutcome: ("connected" | "left_voicemail" | "no_answer" | "wrong_number" | "busy") | null;
            channel: ("sms" | "whatsapp" | "linkedin" | "other") | null;
            /** Format: date-time */
            occurredAt: string;
            author: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            record: components["schemas"]["RelatedRecordInput"];
            mentions: components["schemas"]["RelatedRecordInput"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        TaskInput: {
            /** Format: uuid */
            id: string;
            title: string;
            notes: string | null;
            /** Format: date-time */
            dueAt: string;
            allDay: boolean;
            assignee: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            doneAt: string | null;
            doneBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            related: components["schemas"]["RelatedRecordInput"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        MyTasksInput: {
            overdue: components["schemas"]["TaskInput"][];
            today: components["schemas"]["TaskInput"][];
            upcoming: components["schemas"]["TaskInput"][];
            /** Format: date */
            date: string;
            timeZone: string;
        };
        TimelineItemInput: {
            id: string;
            /** @enum {string} */
            kind: "activity" | "task" | "status_change" | "audit";
            /** Format: date-time */
            at: string;
            actorLabel: string;
            title: string;
            detail: string | null;
            /** Format: uuid */
            activityId?: string;
            /** @enum {string} */
            activityKind?: "note" | "call" | "email" | "meeting" | "message";
            callOutcome?: ("connected" | "left_voicemail" | "no_answer" | "wrong_number" | "busy") | null;
            channel?: ("sms" | "whatsapp" | "linkedin" | "other") | null;
            mentionedFrom?: components["schemas"]["RelatedRecordInput"];
            /** Format: uuid */
            taskId?: string;
            /** @enum {string} */
            taskEvent?: "created" | "done";
            /** Format: date-time */
            dueAt?: string;
            allDay?: boolean;
            assigneeName?: string;
            fromStatus?: ("intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled") | null;
            /** @enum {string} */
            toStatus?: "intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled";
            reason?: string | null;
            action?: string;
            changedFields?: string[];
        };
        TimelineInput: {
            data: components["schemas"]["TimelineItemInput"][];
            nextCursor: string | null;
        };
        ApiKeyInput: {
            /** Format: uuid */
            id: string;
            name: string;
            prefix: string;
            scopes: ("read" | "write")[];
            /** Format: uuid */
            userId: string;
            userName: string;
            /** Format: date-time */
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        AuditEventInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            actorType: "user" | "api_key" | "portal_contact" | "system";
            actorId: string | null;
            actorLabel: string;
            entity: string;
            /** Format: uuid */
            entityId: string;
            action: string;
            before: unknown;
            after: unknown;
            requestId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        UserInput: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "recruiter" | "account_manager" | "back_office";
            /** @enum {string} */
            status: "invited" | "active" | "deactivated";
            timeZone: string | null;
            lastLoginAt: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        TeamMemberInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "recruiter" | "account_manager" | "back_office";
        };
        MeInput: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "recruiter" | "account_manager" | "back_office";
            timeZone: string | null;
            agency: {
                /** Format: uuid */
                id: string;
                name: string;
                slug: string;
                timeZone: string;
            };
        };
        SessionInput: {
            user: components["schemas"]["MeInput"];
            csrfToken: string | null;
        };
        InvitationInput: {
            email: string;
            name: string;
            agencyName: string;
            /** Format: date-time */
            expiresAt: string;
        };
        HealthInput: {
            /** @constant */
            status: "ok";
            /** @enum {string} */
            database: "pglite" | "postgres";
            version: string;
        };
        BackgroundJobInput: {
            /** Format: uuid */
            id: string;
            name: string;
            state: string;
            retryCount: number;
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            completedAt: string | null;
        };
        AddressInput: {
            /** @default Main */
            label: string;
            line1: string;
            line2?: string;
            city: string;
            region?: string;
            postalCode?: string;
            country: string;
        };
        OrganizationInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "prospect" | "active" | "inactive";
            industry: string | null;
            website: string | null;
            phone: string | null;
            addresses: components["schemas"]["AddressInput"][];
            ownerId: string | null;
            ownerName: string | null;
            parentId: string | null;
            billingContactId: string | null;
            billingAddress: components["schemas"]["AddressInput"] | null;
            paymentTermsDays: number;
            currency: string;
            taxId: string | null;
            defaultMarkupBp: number | null;
            defaultFeeBp: number | null;
            notes: string | null;
            tags: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        OrganizationDetailInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "prospect" | "active" | "inactive";
            industry: string | null;
            website: string | null;
            phone: string | null;
            addresses: components["schemas"]["AddressInput"][];
            ownerId: string | null;
            ownerName: string | null;
            parentId: string | null;
            billingContactId: string | null;
            billingAddress: components["schemas"]["AddressInput"] | null;
            paymentTermsDays: number;
            currency: string;
            taxId: string | null;
            defaultMarkupBp: number | null;
            defaultFeeBp: number | null;
            notes: string | null;
            tags: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            parent: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                status: "prospect" | "active" | "inactive";
            } | null;
            children: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                status: "prospect" | "active" | "inactive";
            }[];
            billingContactName: string | null;
            contactCount: number;
            dealCount: number;
        };
        CandidateSkillInput: {
            name: string;
            years?: number;
            /** @enum {string} */
            level?: "beginner" | "intermediate" | "advanced" | "expert";
        };
        WorkHistoryEntryInput: {
            title: string;
            employer: string;
            /** Format: date */
            startedOn?: string;
            /** Format: date */
            endedOn?: string;
            summary?: string;
        };
        EducationEntryInput: {
            institution: string;
            qualification?: string;
            /** Format: date */
            startedOn?: string;
            /** Format: date */
            endedOn?: string;
        };
        CandidatePreferencesInput: {
            employmentTypes: ("permanent" | "temporary" | "contract" | "contract_to_hire" | "retained")[];
            desiredPay?: {
                minMinor: number;
                maxMinor?: number;
                currency: string;
                /** @enum {string} */
                unit: "hour" | "day" | "year";
            };
            locations: string[];
            remote: ("onsite" | "hybrid" | "remote")[];
        };
        ProfileLinkInput: {
            kind: string;
            /**
             * Format: uri
             * @description an http or https address
             */
            url: string;
        };
        CandidateNextActionInput: {
            /** Format: uuid */
            taskId: string;
            title: string;
            /** Format: date-time */
            dueAt: string;
            allDay: boolean;
            assignee: {
                /** Format: uuid */
                id: string;
                name: string;
            };
        };
        CandidateInput: {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            name: string;
            emails: string[];
            phones: string[];
            location: string | null;
            /** @enum {string} */
            source: "sourced" | "referral" | "applicant" | "import" | "job_board" | "portal" | "other";
            firstSource: {
                /** @enum {string} */
                source: "sourced" | "referral" | "applicant" | "import" | "job_board" | "portal" | "other";
                /** Format: date-time */
                occurredAt: string;
            } | null;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            status: "new" | "active" | "actively_searching" | "on_assignment" | "placed" | "not_looking" | "do_not_contact";
            availableOn: string | null;
            preferences: components["schemas"]["CandidatePreferencesInput"];
            skills: components["schemas"]["CandidateSkillInput"][];
            workHistory: components["schemas"]["WorkHistoryEntryInput"][];
            education: components["schemas"]["EducationEntryInput"][];
            currentEmployer: string | null;
            currentTitle: string | null;
            tags: string[];
            consentBasis: ("consent" | "legitimate_interest" | "contract" | "legal_obligation") | null;
            consentOn: string | null;
            consentSource: string | null;
            retainUntil: string | null;
            lastContactedAt: string | null;
            roleInterests: string[];
            nurtureStage: string | null;
            profileLinks: components["schemas"]["ProfileLinkInput"][];
            handoffNote: string | null;
            nextAction: components["schemas"]["CandidateNextActionInput"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        CandidateSummaryInput: {
            /** Format: uuid */
            id: string;
            name: string;
            firstName: string;
            lastName: string;
            emails: string[];
            phones: string[];
            location: string | null;
            /** @enum {string} */
            status: "new" | "active" | "actively_searching" | "on_assignment" | "placed" | "not_looking" | "do_not_contact";
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            currentTitle: string | null;
            currentEmployer: string | null;
            skills: string[];
            tags: string[];
            availableOn: string | null;
            lastContactedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            nextAction: components["schemas"]["CandidateNextActionInput"] | null;
            version: number;
        };
        CandidateDuplicateInput: {
            candidate: components["schemas"]["CandidateSummaryInput"];
            reasons: ("email" | "phone" | "name_at_company")[];
        };
        CandidateSourceEventInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            source: "sourced" | "referral" | "applicant" | "import" | "job_board" | "portal" | "other";
            /** Format: date-time */
            occurredAt: string;
            detail: string | null;
            job: {
                /** Format: uuid */
                id: string;
                title: string;
            } | null;
            referrerName: string | null;
        };
        CandidateFitNoteInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            candidateId: string;
            /** @enum {string} */
            kind: "fit" | "future_fit";
            body: string;
            organization: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            job: {
                /** Format: uuid */
                id: string;
                title: string;
            } | null;
            roleTitle: string | null;
            author: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            abilities: {
                update: boolean;
            };
        };
        /** @enum {string} */
        CandidateMergeFieldInput: "name" | "emails" | "phones" | "location" | "status" | "owner" | "availableOn" | "preferences" | "skills" | "workHistory" | "education" | "tags" | "consent" | "retainUntil" | "roleInterests" | "nurtureStage" | "profileLinks";
        CandidateMergePreviewInput: {
            data: {
                /** @description In the order asked */
                candidates: components["schemas"]["CandidateInput"][];
                fields: {
                    field: components["schemas"]["CandidateMergeFieldInput"];
                    differs: boolean;
                }[];
            };
            abilities: {
                update: boolean;
                changeOwner: boolean;
            };
        };
        SearchSnippetInput: {
            text: string;
            /** @description Ranges of `text` (UTF-16 offsets, end exclusive) that matched */
            highlights: {
                start: number;
                end: number;
            }[];
        };
        CandidateSearchHitInput: {
            /** Format: uuid */
            id: string;
            name: string;
            firstName: string;
            lastName: string;
            emails: string[];
            phones: string[];
            location: string | null;
            /** @enum {string} */
            status: "new" | "active" | "actively_searching" | "on_assignment" | "placed" | "not_looking" | "do_not_contact";
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            currentTitle: string | null;
            currentEmployer: string | null;
            skills: string[];
            tags: string[];
            availableOn: string | null;
            lastContactedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            nextAction: components["schemas"]["CandidateNextActionInput"] | null;
            version: number;
            /** @description The fields the words matched (name, title, role interests, skills, work history, tags, location) and the filters applied */
            matched: string[];
            snippet: components["schemas"]["SearchSnippetInput"] | null;
        };
        TalentPoolAbilitiesInput: {
            update: boolean;
            delete: boolean;
            manageMembers: boolean;
        };
        TalentPoolInput: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            shared: boolean;
            mine: boolean;
            memberCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PipelineStageInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
            position: number;
        };
        PipelineEntryInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            jobId: string;
            /** Format: uuid */
            candidateId: string;
            /** Format: uuid */
            stageId: string;
            stage: components["schemas"]["PipelineStageInput"];
            /** Format: date-time */
            stageEnteredAt: string;
            /** @enum {string} */
            addedFrom: "job" | "candidate" | "search" | "pool" | "application" | "portal";
            addedBy: string | null;
            closedReason: string | null;
            screeningAnswers: {
                [key: string]: string | number | boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PipelineAbilitiesInput: {
            /** @description Drag, keyboard and bulk stage moves */
            move: boolean;
            submit: boolean;
            scheduleInterview: boolean;
            makeOffer: boolean;
            place: boolean;
            bulk: boolean;
        };
        PipelineCardInput: {
            /** Format: uuid */
            entryId: string;
            version: number;
            /** Format: uuid */
            stageId: string;
            /** Format: uuid */
            candidateId: string;
            name: string;
            currentTitle: string | null;
            location: string | null;
            /** @description The candidate's primary email, for emailing a selection */
            email: string | null;
            /** @description The latest activity (call, note, email…) on the candidate, or null */
            lastActivityAt: string | null;
            /** Format: date-time */
            stageEnteredAt: string;
            daysInStage: number;
            closedReason: string | null;
            flags: {
                doNotContact: boolean;
                /** @description When the next scheduled interview starts, or null */
                interviewScheduled: string | null;
                /** @description Submitted to the client with no feedback yet */
                awaitingFeedback: boolean;
                /** @description The latest offer's status */
                offerStatus: ("draft" | "extended" | "accepted" | "declined" | "withdrawn") | null;
                /** @description The latest placement's status */
                placementStatus: ("pending" | "active" | "closed" | "cancelled") | null;
            };
        };
        PipelineStageChangeInput: {
            /** Format: uuid */
            id: string;
            from: {
                stageId: string | null;
                name: string;
                /** @enum {string} */
                kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
            } | null;
            to: {
                stageId: string | null;
                name: string;
                /** @enum {string} */
                kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
            };
            reason: string | null;
            actor: {
                id: string | null;
                label: string;
            };
            /** Format: date-time */
            at: string;
        };
        PipelineEntryDetailInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            jobId: string;
            /** Format: uuid */
            candidateId: string;
            /** Format: uuid */
            stageId: string;
            stage: components["schemas"]["PipelineStageInput"];
            /** Format: date-time */
            stageEnteredAt: string;
            /** @enum {string} */
            addedFrom: "job" | "candidate" | "search" | "pool" | "application" | "portal";
            addedBy: string | null;
            closedReason: string | null;
            screeningAnswers: {
                [key: string]: string | number | boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            candidate: {
                /** Format: uuid */
                id: string;
                name: string;
                currentTitle: string | null;
                location: string | null;
                status: string;
                emails: string[];
                phones: string[];
            };
            job: {
                /** Format: uuid */
                id: string;
                number: number;
                reference: string;
                title: string;
                /** @enum {string} */
                status: "intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled";
                organization: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            };
            /** @description The job's stages in order, for the move menu */
            stages: components["schemas"]["PipelineStageInput"][];
            /** @description Every stage move, newest first */
            history: components["schemas"]["PipelineStageChangeInput"][];
        };
        CandidatePipelineEntryInput: {
            /** Format: uuid */
            entryId: string;
            version: number;
            job: {
                /** Format: uuid */
                id: string;
                number: number;
                reference: string;
                title: string;
                /** @enum {string} */
                status: "intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled";
                organization: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            };
            stage: components["schemas"]["PipelineStageInput"];
            /** Format: date-time */
            stageEnteredAt: string;
            closedReason: string | null;
            placementStatus: ("pending" | "active" | "closed" | "cancelled") | null;
            /** Format: date-time */
            createdAt: string;
        };
        SubmissionFeedbackInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "interview" | "hold" | "reject" | "more_info";
            remark: string;
            /** Format: date-time */
            receivedAt: string;
            /** @enum {string} */
            source: "staff" | "portal";
            /** @description Who recorded it (a user, or the client through the portal) */
            recordedBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        SubmissionPlacementInput: {
            /** Format: uuid */
            placementId: string;
            number: number;
            /** @enum {string} */
            status: "pending" | "active" | "closed" | "cancelled";
            assignmentStatus: ("needs_approval" | "active" | "closed" | "cancelled") | null;
            backOffice: {
                /** @enum {string} */
                place: "hiring_management" | "assignments" | "employees";
                /** @description The back-office page where it sits: /hiring, /placements/<id> or /candidates/<id> */
                href: string;
            };
        };
        SubmissionInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            entryId: string;
            shortlistId: string | null;
            job: {
                /** Format: uuid */
                id: string;
                number: number;
                reference: string;
                title: string;
            };
            candidate: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            contact: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string | null;
            } | null;
            document: {
                /** Format: uuid */
                id: string;
                fileName: string;
            } | null;
            note: string;
            sharedFields: ("current_title" | "location" | "skills" | "work_history" | "education" | "availability" | "desired_pay" | "email" | "phone" | "profile_links")[];
            /** @enum {string} */
            status: "submitted" | "withdrawn";
            /** Format: date-time */
            sentAt: string;
            submittedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @description Whether the submission was emailed from Fillrate (its mail is in the outbox) */
            emailed: boolean;
            mailId: string | null;
            withdrawnAt: string | null;
            withdrawnReason: string | null;
            firstFeedbackAt: string | null;
            /** @description Hours from sending to the first client feedback, one decimal */
            hoursToFirstFeedback: number | null;
            latestFeedback: {
                /** @enum {string} */
                kind: "interview" | "hold" | "reject" | "more_info";
                remark: string;
                /** Format: date-time */
                receivedAt: string;
            } | null;
            /** @description The pipeline entry's current stage */
            stage: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
            };
            placement: components["schemas"]["SubmissionPlacementInput"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        SubmissionAbilitiesInput: {
            withdraw: boolean;
            recordFeedback: boolean;
        };
        InterviewInput: {
            /** Format: uuid */
            id: string;
            entry: {
                /** Format: uuid */
                id: string;
                version: number;
                stage: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** @enum {string} */
                    kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
                };
            };
            job: {
                /** Format: uuid */
                id: string;
                number: number;
                reference: string;
                title: string;
                organization: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            };
            candidate: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @enum {string} */
            type: "phone" | "video" | "onsite" | "panel";
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            timeZone: string;
            location: string | null;
            meetingUrl: string | null;
            notes: string;
            attendees: {
                users: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    email: string | null;
                }[];
                contacts: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    email: string | null;
                }[];
                /** @description Whether the candidate is invited */
                candidate: boolean;
            };
            organizer: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            status: "scheduled" | "completed" | "cancelled";
            /** @description The UID of the calendar event, the same in every invitation, update and cancellation */
            icalUid: string;
            /** @description The calendar SEQUENCE of the latest invitation sent */
            sequence: number;
            outcome: ("passed" | "failed" | "no_show" | "rescheduled_by_client" | "undecided") | null;
            outcomeNotes: string | null;
            outcomeRecordedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        InterviewAbilitiesInput: {
            update: boolean;
            cancel: boolean;
            recordOutcome: boolean;
        };
        OfferRevisionInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            proposedBy: "agency" | "candidate" | "client";
            terms: {
                startOn: string | null;
                payMinor: number | null;
                payUnit: string | null;
                billRateMinor: number | null;
                billRateUnit: string | null;
                feeType: string | null;
                feeBp: number | null;
                feeFlatMinor: number | null;
                conditions: string;
            };
            note: string;
            actorLabel: string;
            /** Format: date-time */
            createdAt: string;
        };
        OfferInput: {
            /** Format: uuid */
            id: string;
            entry: {
                /** Format: uuid */
                id: string;
                version: number;
                stage: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** @enum {string} */
                    kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
                };
            };
            job: {
                /** Format: uuid */
                id: string;
                number: number;
                reference: string;
                title: string;
                organization: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            };
            candidate: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "draft" | "extended" | "accepted" | "declined" | "withdrawn";
            /** @enum {string} */
            employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
            currency: string;
            startOn: string | null;
            payMinor: number | null;
            payUnit: ("hour" | "day" | "year") | null;
            billRateMinor: number | null;
            billRateUnit: ("hour" | "day" | "year") | null;
            feeType: ("percent" | "flat") | null;
            feeBp: number | null;
            feeFlatMinor: number | null;
            conditions: string;
            clientApproval: {
                approvedBy: string;
                /** Format: date-time */
                approvedAt: string;
            } | null;
            extendedAt: string | null;
            candidateAcceptedAt: string | null;
            /** @description When it was accepted, declined or withdrawn */
            decidedAt: string | null;
            /** @description Why it was declined or withdrawn */
            reason: string | null;
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        OfferDetailInput: {
            /** Format: uuid */
            id: string;
            entry: {
                /** Format: uuid */
                id: string;
                version: number;
                stage: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** @enum {string} */
                    kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
                };
            };
            job: {
                /** Format: uuid */
                id: string;
                number: number;
                reference: string;
                title: string;
                organization: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            };
            candidate: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "draft" | "extended" | "accepted" | "declined" | "withdrawn";
            /** @enum {string} */
            employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
            currency: string;
            startOn: string | null;
            payMinor: number | null;
            payUnit: ("hour" | "day" | "year") | null;
            billRateMinor: number | null;
            billRateUnit: ("hour" | "day" | "year") | null;
            feeType: ("percent" | "flat") | null;
            feeBp: number | null;
            feeFlatMinor: number | null;
            conditions: string;
            clientApproval: {
                approvedBy: string;
                /** Format: date-time */
                approvedAt: string;
            } | null;
            extendedAt: string | null;
            candidateAcceptedAt: string | null;
            /** @description When it was accepted, declined or withdrawn */
            decidedAt: string | null;
            /** @description Why it was declined or withdrawn */
            reason: string | null;
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            /** @description Every set of terms, newest first */
            revisions: components["schemas"]["OfferRevisionInput"][];
        };
        OfferAbilitiesInput: {
            revise: boolean;
            extend: boolean;
            accept: boolean;
            decline: boolean;
            withdraw: boolean;
            recordClientApproval: boolean;
        };
        ContactInput: {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            title: string | null;
            emails: string[];
            phones: string[];
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            roles: ("hiring_manager" | "billing" | "decision_maker")[];
            ownerId: string | null;
            ownerName: string | null;
            /** @enum {string} */
            status: "active" | "inactive";
            lastContactedAt: string | null;
            notes: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ContactEmploymentInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            title: string | null;
            /** Format: date */
            startedOn: string;
            endedOn: string | null;
        };
        ContactDetailInput: {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            title: string | null;
            emails: string[];
            phones: string[];
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            roles: ("hiring_manager" | "billing" | "decision_maker")[];
            ownerId: string | null;
            ownerName: string | null;
            /** @enum {string} */
            status: "active" | "inactive";
            lastContactedAt: string | null;
            notes: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            employments: components["schemas"]["ContactEmploymentInput"][];
        };
        ApplicationFormInput: {
            fields: {
                /** @enum {string} */
                field: "phone" | "location" | "cv" | "cover_letter" | "linkedin" | "availability" | "desired_pay" | "work_authorization";
                required: boolean;
            }[];
            questions: {
                id: string;
                /** @enum {string} */
                kind: "yes_no" | "choice" | "number" | "text";
                label: string;
                /** @default false */
                required: boolean;
                options?: string[];
                knockout?: string[];
                knockoutBelow?: number;
            }[];
        };
        StageInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
            position: number;
        };
        JobSummaryInput: {
            /** Format: uuid */
            id: string;
            number: number;
            reference: string;
            title: string;
            /** @enum {string} */
            status: "intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled";
            organization: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            recruiters: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            /** @enum {string} */
            employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
            /** @enum {string} */
            urgency: "low" | "normal" | "high" | "critical";
            openings: number;
            filledCount: number;
            /** @description Candidates on the job's pipeline (every stage) */
            candidateCount: number;
            /** @description Submissions sent to the client and not withdrawn */
            submissionCount: number;
            location: string | null;
            /** @enum {string} */
            remotePolicy: "onsite" | "hybrid" | "remote";
            /** Format: date-time */
            statusChangedAt: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            nextAction: {
                /** Format: uuid */
                taskId: string;
                title: string;
                /** Format: date-time */
                dueAt: string;
                allDay: boolean;
                assignee: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            } | null;
            health: {
                daysInStatus: number;
                daysIntakeToOpen: number | null;
                atRisk: boolean;
                atRiskReasons: {
                    rule: string;
                    message: string;
                }[];
            };
            version: number;
        };
        JobInput: {
            /** Format: uuid */
            id: string;
            number: number;
            reference: string;
            title: string;
            /** @enum {string} */
            status: "intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled";
            organization: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            recruiters: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            /** @enum {string} */
            employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
            /** @enum {string} */
            urgency: "low" | "normal" | "high" | "critical";
            openings: number;
            filledCount: number;
            /** @description Candidates on the job's pipeline (every stage) */
            candidateCount: number;
            /** @description Submissions sent to the client and not withdrawn */
            submissionCount: number;
            location: string | null;
            /** @enum {string} */
            remotePolicy: "onsite" | "hybrid" | "remote";
            /** Format: date-time */
            statusChangedAt: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            nextAction: {
                /** Format: uuid */
                taskId: string;
                title: string;
                /** Format: date-time */
                dueAt: string;
                allDay: boolean;
                assignee: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            } | null;
            health: {
                daysInStatus: number;
                daysIntakeToOpen: number | null;
                atRisk: boolean;
                atRiskReasons: {
                    rule: string;
                    message: string;
                }[];
            };
            version: number;
            contact: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            deal: {
                /** Format: uuid */
                id: string;
                title: string;
            } | null;
            description: string;
            payMinMinor: number | null;
            payMaxMinor: number | null;
            payUnit: ("hour" | "day" | "year") | null;
            billRateMinor: number | null;
            billRateUnit: ("hour" | "day" | "year") | null;
            feeType: ("percent" | "flat") | null;
            feeBp: number | null;
            feeFlatMinor: number | null;
            currency: string;
            targetStartOn: string | null;
            submissionRules: string | null;
            interviewProcess: string | null;
            mustHaveSkills: string[];
            niceToHaveSkills: string[];
            successCriteria: string | null;
            advertText: string | null;
            deliveryNotes: string | null;
            sourcingPlan: ("job_boards" | "database_search" | "matching" | "referrals" | "pools")[];
            applicationForm: components["schemas"]["ApplicationFormInput"];
            firstOpenedAt: string | null;
            qualification: {
                checks: {
                    real: {
                        answer: boolean;
                        note: string;
                    };
                    fundable: {
                        answer: boolean;
                        note: string;
                    };
                    actionable: {
                        answer: boolean;
                        note: string;
                    };
                    specific: {
                        answer: boolean;
                        note: string;
                    };
                };
                decidedBy: string;
                /** Format: date-time */
                decidedAt: string;
            } | null;
            stages: components["schemas"]["StageInput"][];
        };
        GlobalSearchHitInput: {
            /** @enum {string} */
            kind: "candidate" | "contact" | "organization" | "job";
            /** Format: uuid */
            id: string;
            label: string;
            /** @description A second line: a title and employer, an organization, a client */
            detail: string | null;
            /** @description The record's page in the web app */
            link: string;
        };
        CandidateDocumentAbilitiesInput: {
            makeCurrent: boolean;
            delete: boolean;
        };
        CandidateDocumentInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            candidateId: string;
            /** @enum {string} */
            kind: "cv" | "cover_letter" | "other";
            fileName: string;
            mediaType: string;
            sizeBytes: number;
            sha256: string;
            isCurrentCv: boolean;
            /** @enum {string} */
            extractionStatus: "pending" | "done" | "failed";
            /** @description The extracted text, once `extractionStatus` is `done` */
            text: string | null;
            uploadedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            downloadUrl: string;
            /** Format: date-time */
            createdAt: string;
            version: number;
            abilities: components["schemas"]["CandidateDocumentAbilitiesInput"];
        };
        CvSuggestionsInput: {
            firstName?: string;
            lastName?: string;
            emails: string[];
            /** @description E.164 where the number is valid, else as found */
            phones: string[];
            skills: string[];
            /** @description The first 2,000 characters of the extracted text */
            text: string;
        };
        SavedViewInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            list: "jobs" | "organizations" | "contacts" | "deals" | "candidates";
            name: string;
            filters: {
                [key: string]: string | string[];
            };
            shared: boolean;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            mine: boolean;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        MailInput: {
            /** Format: uuid */
            id: string;
            to: string;
            subject: string;
            text: string;
            templateKey: string | null;
            /** @enum {string} */
            status: "queued" | "sent" | "kept" | "failed";
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
        };
        SettingInput: {
            key: string;
            area: string;
            label: string;
            value: unknown;
            defaultValue: unknown;
        };
        ListItemInput: {
            /** Format: uuid */
            id: string;
            list: string;
            value: string;
            label: string;
            position: number;
            archived: boolean;
            version: number;
        };
        OptionListInput: {
            name: string;
            label: string;
            items: components["schemas"]["ListItemInput"][];
        };
        TemplateInput: {
            key: string;
            area: string;
            label: string;
            subject: string;
            body: string;
            variables: string[];
            customized: boolean;
        };
        DealInput: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            stage: string;
            stageLabel: string;
            valueMinor: number | null;
            currency: string;
            expectedCloseOn: string | null;
            ownerId: string | null;
            ownerName: string | null;
            notes: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        DealContactInput: {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            title: string | null;
        };
        DealDetailInput: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            stage: string;
            stageLabel: string;
            valueMinor: number | null;
            currency: string;
            expectedCloseOn: string | null;
            ownerId: string | null;
            ownerName: string | null;
            notes: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            contacts: components["schemas"]["DealContactInput"][];
        };
        DealBoardColumnInput: {
            stage: string;
            label: string;
            archived: boolean;
            count: number;
            totals: {
                currency: string;
                valueMinor: number;
            }[];
            items: components["schemas"]["DealInput"][];
            hasMore: boolean;
        };
        Error: {
            error: {
                code: string;
                message: string;
                rule?: string;
                fields?: {
                    path: string;
                    message: string;
                }[];
                related?: {
                    type: string;
                    id: string;
                    label: string;
                    /** @description In a batch refusal: the rule that refuses this record */
                    rule?: string;
                    reason?: string;
                    /** @description The record that blocks it (e.g. an invoice) */
                    blockedBy?: {
                        type: string;
                        id: string;
                        label: string;
                    };
                }[];
            };
        };
        RelatedRecord: {
            /** @enum {string} */
            type: "candidate" | "organization" | "contact" | "deal" | "job";
            /** Format: uuid */
            id: string;
            label: string;
        };
        Activity: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "note" | "call" | "email" | "meeting" | "message";
            subject: string | null;
            body: string;
            callOutcome: ("connected" | "left_voicemail" | "no_answer" | "wrong_number" | "busy") | null;
            channel: ("sms" | "whatsapp" | "linkedin" | "other") | null;
            /** Format: date-time */
            occurredAt: string;
            author: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            record: components["schemas"]["RelatedRecord"];
            mentions: components["schemas"]["RelatedRecord"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Task: {
            /** Format: uuid */
            id: string;
            title: string;
            notes: string | null;
            /** Format: date-time */
            dueAt: string;
            allDay: boolean;
            assignee: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            doneAt: string | null;
            doneBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            related: components["schemas"]["RelatedRecord"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        MyTasks: {
            overdue: components["schemas"]["Task"][];
            today: components["schemas"]["Task"][];
            upcoming: components["schemas"]["Task"][];
            /** Format: date */
            date: string;
            timeZone: string;
        };
        TimelineItem: {
            id: string;
            /** @enum {string} */
            kind: "activity" | "task" | "status_change" | "audit";
            /** Format: date-time */
            at: string;
            actorLabel: string;
            title: string;
            detail: string | null;
            /** Format: uuid */
            activityId?: string;
            /** @enum {string} */
            activityKind?: "note" | "call" | "email" | "meeting" | "message";
            callOutcome?: ("connected" | "left_voicemail" | "no_answer" | "wrong_number" | "busy") | null;
            channel?: ("sms" | "whatsapp" | "linkedin" | "other") | null;
            mentionedFrom?: components["schemas"]["RelatedRecord"];
            /** Format: uuid */
            taskId?: string;
            /** @enum {string} */
            taskEvent?: "created" | "done";
            /** Format: date-time */
            dueAt?: string;
            allDay?: boolean;
            assigneeName?: string;
            fromStatus?: ("intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled") | null;
            /** @enum {string} */
            toStatus?: "intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled";
            reason?: string | null;
            action?: string;
            changedFields?: string[];
        };
        Timeline: {
            data: components["schemas"]["TimelineItem"][];
            nextCursor: string | null;
        };
        ApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            prefix: string;
            scopes: ("read" | "write")[];
            /** Format: uuid */
            userId: string;
            userName: string;
            /** Format: date-time */
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        AuditEvent: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            actorType: "user" | "api_key" | "portal_contact" | "system";
            actorId: string | null;
            actorLabel: string;
            entity: string;
            /** Format: uuid */
            entityId: string;
            action: string;
            before: unknown;
            after: unknown;
            requestId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        User: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "recruiter" | "account_manager" | "back_office";
            /** @enum {string} */
            status: "invited" | "active" | "deactivated";
            timeZone: string | null;
            lastLoginAt: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        TeamMember: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "recruiter" | "account_manager" | "back_office";
        };
        Me: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "recruiter" | "account_manager" | "back_office";
            timeZone: string | null;
            agency: {
                /** Format: uuid */
                id: string;
                name: string;
                slug: string;
                timeZone: string;
            };
        };
        Session: {
            user: components["schemas"]["Me"];
            csrfToken: string | null;
        };
        Invitation: {
            email: string;
            name: string;
            agencyName: string;
            /** Format: date-time */
            expiresAt: string;
        };
        Health: {
            /** @constant */
            status: "ok";
            /** @enum {string} */
            database: "pglite" | "postgres";
            version: string;
        };
        BackgroundJob: {
            /** Format: uuid */
            id: string;
            name: string;
            state: string;
            retryCount: number;
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            completedAt: string | null;
        };
        Address: {
            /** @default Main */
            label: string;
            line1: string;
            line2?: string;
            city: string;
            region?: string;
            postalCode?: string;
            country: string;
        };
        Organization: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "prospect" | "active" | "inactive";
            industry: string | null;
            website: string | null;
            phone: string | null;
            addresses: components["schemas"]["Address"][];
            ownerId: string | null;
            ownerName: string | null;
            parentId: string | null;
            billingContactId: string | null;
            billingAddress: components["schemas"]["Address"] | null;
            paymentTermsDays: number;
            currency: string;
            taxId: string | null;
            defaultMarkupBp: number | null;
            defaultFeeBp: number | null;
            notes: string | null;
            tags: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        OrganizationDetail: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "prospect" | "active" | "inactive";
            industry: string | null;
            website: string | null;
            phone: string | null;
            addresses: components["schemas"]["Address"][];
            ownerId: string | null;
            ownerName: string | null;
            parentId: string | null;
            billingContactId: string | null;
            billingAddress: components["schemas"]["Address"] | null;
            paymentTermsDays: number;
            currency: string;
            taxId: string | null;
            defaultMarkupBp: number | null;
            defaultFeeBp: number | null;
            notes: string | null;
            tags: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            parent: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                status: "prospect" | "active" | "inactive";
            } | null;
            children: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                status: "prospect" | "active" | "inactive";
            }[];
            billingContactName: string | null;
            contactCount: number;
            dealCount: number;
        };
        CandidateSkill: {
            name: string;
            years?: number;
            /** @enum {string} */
            level?: "beginner" | "intermediate" | "advanced" | "expert";
        };
        WorkHistoryEntry: {
            title: string;
            employer: string;
            /** Format: date */
            startedOn?: string;
            /** Format: date */
            endedOn?: string;
            summary?: string;
        };
        EducationEntry: {
            institution: string;
            qualification?: string;
            /** Format: date */
            startedOn?: string;
            /** Format: date */
            endedOn?: string;
        };
        CandidatePreferences: {
            employmentTypes: ("permanent" | "temporary" | "contract" | "contract_to_hire" | "retained")[];
            desiredPay?: {
                minMinor: number;
                maxMinor?: number;
                currency: string;
                /** @enum {string} */
                unit: "hour" | "day" | "year";
            };
            locations: string[];
            remote: ("onsite" | "hybrid" | "remote")[];
        };
        ProfileLink: {
            kind: string;
            /**
             * Format: uri
             * @description an http or https address
             */
            url: string;
        };
        CandidateNextAction: {
            /** Format: uuid */
            taskId: string;
            title: string;
            /** Format: date-time */
            dueAt: string;
            allDay: boolean;
            assignee: {
                /** Format: uuid */
                id: string;
                name: string;
            };
        };
        Candidate: {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            name: string;
            emails: string[];
            phones: string[];
            location: string | null;
            /** @enum {string} */
            source: "sourced" | "referral" | "applicant" | "import" | "job_board" | "portal" | "other";
            firstSource: {
                /** @enum {string} */
                source: "sourced" | "referral" | "applicant" | "import" | "job_board" | "portal" | "other";
                /** Format: date-time */
                occurredAt: string;
            } | null;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            status: "new" | "active" | "actively_searching" | "on_assignment" | "placed" | "not_looking" | "do_not_contact";
            availableOn: string | null;
            preferences: components["schemas"]["CandidatePreferences"];
            skills: components["schemas"]["CandidateSkill"][];
            workHistory: components["schemas"]["WorkHistoryEntry"][];
            education: components["schemas"]["EducationEntry"][];
            currentEmployer: string | null;
            currentTitle: string | null;
            tags: string[];
            consentBasis: ("consent" | "legitimate_interest" | "contract" | "legal_obligation") | null;
            consentOn: string | null;
            consentSource: string | null;
            retainUntil: string | null;
            lastContactedAt: string | null;
            roleInterests: string[];
            nurtureStage: string | null;
            profileLinks: components["schemas"]["ProfileLink"][];
            handoffNote: string | null;
            nextAction: components["schemas"]["CandidateNextAction"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        CandidateSummary: {
            /** Format: uuid */
            id: string;
            name: string;
            firstName: string;
            lastName: string;
            emails: string[];
            phones: string[];
            location: string | null;
            /** @enum {string} */
            status: "new" | "active" | "actively_searching" | "on_assignment" | "placed" | "not_looking" | "do_not_contact";
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            currentTitle: string | null;
            currentEmployer: string | null;
            skills: string[];
            tags: string[];
            availableOn: string | null;
            lastContactedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            nextAction: components["schemas"]["CandidateNextAction"] | null;
            version: number;
        };
        CandidateDuplicate: {
            candidate: components["schemas"]["CandidateSummary"];
            reasons: ("email" | "phone" | "name_at_company")[];
        };
        CandidateSourceEvent: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            source: "sourced" | "referral" | "applicant" | "import" | "job_board" | "portal" | "other";
            /** Format: date-time */
            occurredAt: string;
            detail: string | null;
            job: {
                /** Format: uuid */
                id: string;
                title: string;
            } | null;
            referrerName: string | null;
        };
        CandidateFitNote: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            candidateId: string;
            /** @enum {string} */
            kind: "fit" | "future_fit";
            body: string;
            organization: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            job: {
                /** Format: uuid */
                id: string;
                title: string;
            } | null;
            roleTitle: string | null;
            author: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            abilities: {
                update: boolean;
            };
        };
        /** @enum {string} */
        CandidateMergeField: "name" | "emails" | "phones" | "location" | "status" | "owner" | "availableOn" | "preferences" | "skills" | "workHistory" | "education" | "tags" | "consent" | "retainUntil" | "roleInterests" | "nurtureStage" | "profileLinks";
        CandidateMergePreview: {
            data: {
                /** @description In the order asked */
                candidates: components["schemas"]["Candidate"][];
                fields: {
                    field: components["schemas"]["CandidateMergeField"];
                    differs: boolean;
                }[];
            };
            abilities: {
                update: boolean;
                changeOwner: boolean;
            };
        };
        SearchSnippet: {
            text: string;
            /** @description Ranges of `text` (UTF-16 offsets, end exclusive) that matched */
            highlights: {
                start: number;
                end: number;
            }[];
        };
        CandidateSearchHit: {
            /** Format: uuid */
            id: string;
            name: string;
            firstName: string;
            lastName: string;
            emails: string[];
            phones: string[];
            location: string | null;
            /** @enum {string} */
            status: "new" | "active" | "actively_searching" | "on_assignment" | "placed" | "not_looking" | "do_not_contact";
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            currentTitle: string | null;
            currentEmployer: string | null;
            skills: string[];
            tags: string[];
            availableOn: string | null;
            lastContactedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            nextAction: components["schemas"]["CandidateNextAction"] | null;
            version: number;
            /** @description The fields the words matched (name, title, role interests, skills, work history, tags, location) and the filters applied */
            matched: string[];
            snippet: components["schemas"]["SearchSnippet"] | null;
        };
        TalentPoolAbilities: {
            update: boolean;
            delete: boolean;
            manageMembers: boolean;
        };
        TalentPool: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            shared: boolean;
            mine: boolean;
            memberCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PipelineStage: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
            position: number;
        };
        PipelineEntry: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            jobId: string;
            /** Format: uuid */
            candidateId: string;
            /** Format: uuid */
            stageId: string;
            stage: components["schemas"]["PipelineStage"];
            /** Format: date-time */
            stageEnteredAt: string;
            /** @enum {string} */
            addedFrom: "job" | "candidate" | "search" | "pool" | "application" | "portal";
            addedBy: string | null;
            closedReason: string | null;
            screeningAnswers: {
                [key: string]: string | number | boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PipelineAbilities: {
            /** @description Drag, keyboard and bulk stage moves */
            move: boolean;
            submit: boolean;
            scheduleInterview: boolean;
            makeOffer: boolean;
            place: boolean;
            bulk: boolean;
        };
        PipelineCard: {
            /** Format: uuid */
            entryId: string;
            version: number;
            /** Format: uuid */
            stageId: string;
            /** Format: uuid */
            candidateId: string;
            name: string;
            currentTitle: string | null;
            location: string | null;
            /** @description The candidate's primary email, for emailing a selection */
            email: string | null;
            /** @description The latest activity (call, note, email…) on the candidate, or null */
            lastActivityAt: string | null;
            /** Format: date-time */
            stageEnteredAt: string;
            daysInStage: number;
            closedReason: string | null;
            flags: {
                doNotContact: boolean;
                /** @description When the next scheduled interview starts, or null */
                interviewScheduled: string | null;
                /** @description Submitted to the client with no feedback yet */
                awaitingFeedback: boolean;
                /** @description The latest offer's status */
                offerStatus: ("draft" | "extended" | "accepted" | "declined" | "withdrawn") | null;
                /** @description The latest placement's status */
                placementStatus: ("pending" | "active" | "closed" | "cancelled") | null;
            };
        };
        PipelineStageChange: {
            /** Format: uuid */
            id: string;
            from: {
                stageId: string | null;
                name: string;
                /** @enum {string} */
                kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
            } | null;
            to: {
                stageId: string | null;
                name: string;
                /** @enum {string} */
                kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
            };
            reason: string | null;
            actor: {
                id: string | null;
                label: string;
            };
            /** Format: date-time */
            at: string;
        };
        PipelineEntryDetail: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            jobId: string;
            /** Format: uuid */
            candidateId: string;
            /** Format: uuid */
            stageId: string;
            stage: components["schemas"]["PipelineStage"];
            /** Format: date-time */
            stageEnteredAt: string;
            /** @enum {string} */
            addedFrom: "job" | "candidate" | "search" | "pool" | "application" | "portal";
            addedBy: string | null;
            closedReason: string | null;
            screeningAnswers: {
                [key: string]: string | number | boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            candidate: {
                /** Format: uuid */
                id: string;
                name: string;
                currentTitle: string | null;
                location: string | null;
                status: string;
                emails: string[];
                phones: string[];
            };
            job: {
                /** Format: uuid */
                id: string;
                number: number;
                reference: string;
                title: string;
                /** @enum {string} */
                status: "intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled";
                organization: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            };
            /** @description The job's stages in order, for the move menu */
            stages: components["schemas"]["PipelineStage"][];
            /** @description Every stage move, newest first */
            history: components["schemas"]["PipelineStageChange"][];
        };
        CandidatePipelineEntry: {
            /** Format: uuid */
            entryId: string;
            version: number;
            job: {
                /** Format: uuid */
                id: string;
                number: number;
                reference: string;
                title: string;
                /** @enum {string} */
                status: "intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled";
                organization: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            };
            stage: components["schemas"]["PipelineStage"];
            /** Format: date-time */
            stageEnteredAt: string;
            closedReason: string | null;
            placementStatus: ("pending" | "active" | "closed" | "cancelled") | null;
            /** Format: date-time */
            createdAt: string;
        };
        SubmissionFeedback: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "interview" | "hold" | "reject" | "more_info";
            remark: string;
            /** Format: date-time */
            receivedAt: string;
            /** @enum {string} */
            source: "staff" | "portal";
            /** @description Who recorded it (a user, or the client through the portal) */
            recordedBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        SubmissionPlacement: {
            /** Format: uuid */
            placementId: string;
            number: number;
            /** @enum {string} */
            status: "pending" | "active" | "closed" | "cancelled";
            assignmentStatus: ("needs_approval" | "active" | "closed" | "cancelled") | null;
            backOffice: {
                /** @enum {string} */
                place: "hiring_management" | "assignments" | "employees";
                /** @description The back-office page where it sits: /hiring, /placements/<id> or /candidates/<id> */
                href: string;
            };
        };
        Submission: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            entryId: string;
            shortlistId: string | null;
            job: {
                /** Format: uuid */
                id: string;
                number: number;
                reference: string;
                title: string;
            };
            candidate: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            contact: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string | null;
            } | null;
            document: {
                /** Format: uuid */
                id: string;
                fileName: string;
            } | null;
            note: string;
            sharedFields: ("current_title" | "location" | "skills" | "work_history" | "education" | "availability" | "desired_pay" | "email" | "phone" | "profile_links")[];
            /** @enum {string} */
            status: "submitted" | "withdrawn";
            /** Format: date-time */
            sentAt: string;
            submittedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @description Whether the submission was emailed from Fillrate (its mail is in the outbox) */
            emailed: boolean;
            mailId: string | null;
            withdrawnAt: string | null;
            withdrawnReason: string | null;
            firstFeedbackAt: string | null;
            /** @description Hours from sending to the first client feedback, one decimal */
            hoursToFirstFeedback: number | null;
            latestFeedback: {
                /** @enum {string} */
                kind: "interview" | "hold" | "reject" | "more_info";
                remark: string;
                /** Format: date-time */
                receivedAt: string;
            } | null;
            /** @description The pipeline entry's current stage */
            stage: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
            };
            placement: components["schemas"]["SubmissionPlacement"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        SubmissionAbilities: {
            withdraw: boolean;
            recordFeedback: boolean;
        };
        Interview: {
            /** Format: uuid */
            id: string;
            entry: {
                /** Format: uuid */
                id: string;
                version: number;
                stage: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** @enum {string} */
                    kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
                };
            };
            job: {
                /** Format: uuid */
                id: string;
                number: number;
                reference: string;
                title: string;
                organization: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            };
            candidate: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @enum {string} */
            type: "phone" | "video" | "onsite" | "panel";
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            timeZone: string;
            location: string | null;
            meetingUrl: string | null;
            notes: string;
            attendees: {
                users: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    email: string | null;
                }[];
                contacts: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    email: string | null;
                }[];
                /** @description Whether the candidate is invited */
                candidate: boolean;
            };
            organizer: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            status: "scheduled" | "completed" | "cancelled";
            /** @description The UID of the calendar event, the same in every invitation, update and cancellation */
            icalUid: string;
            /** @description The calendar SEQUENCE of the latest invitation sent */
            sequence: number;
            outcome: ("passed" | "failed" | "no_show" | "rescheduled_by_client" | "undecided") | null;
            outcomeNotes: string | null;
            outcomeRecordedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        InterviewAbilities: {
            update: boolean;
            cancel: boolean;
            recordOutcome: boolean;
        };
        OfferRevision: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            proposedBy: "agency" | "candidate" | "client";
            terms: {
                startOn: string | null;
                payMinor: number | null;
                payUnit: string | null;
                billRateMinor: number | null;
                billRateUnit: string | null;
                feeType: string | null;
                feeBp: number | null;
                feeFlatMinor: number | null;
                conditions: string;
            };
            note: string;
            actorLabel: string;
            /** Format: date-time */
            createdAt: string;
        };
        Offer: {
            /** Format: uuid */
            id: string;
            entry: {
                /** Format: uuid */
                id: string;
                version: number;
                stage: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** @enum {string} */
                    kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
                };
            };
            job: {
                /** Format: uuid */
                id: string;
                number: number;
                reference: string;
                title: string;
                organization: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            };
            candidate: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "draft" | "extended" | "accepted" | "declined" | "withdrawn";
            /** @enum {string} */
            employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
            currency: string;
            startOn: string | null;
            payMinor: number | null;
            payUnit: ("hour" | "day" | "year") | null;
            billRateMinor: number | null;
            billRateUnit: ("hour" | "day" | "year") | null;
            feeType: ("percent" | "flat") | null;
            feeBp: number | null;
            feeFlatMinor: number | null;
            conditions: string;
            clientApproval: {
                approvedBy: string;
                /** Format: date-time */
                approvedAt: string;
            } | null;
            extendedAt: string | null;
            candidateAcceptedAt: string | null;
            /** @description When it was accepted, declined or withdrawn */
            decidedAt: string | null;
            /** @description Why it was declined or withdrawn */
            reason: string | null;
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        OfferDetail: {
            /** Format: uuid */
            id: string;
            entry: {
                /** Format: uuid */
                id: string;
                version: number;
                stage: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** @enum {string} */
                    kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
                };
            };
            job: {
                /** Format: uuid */
                id: string;
                number: number;
                reference: string;
                title: string;
                organization: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            };
            candidate: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "draft" | "extended" | "accepted" | "declined" | "withdrawn";
            /** @enum {string} */
            employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
            currency: string;
            startOn: string | null;
            payMinor: number | null;
            payUnit: ("hour" | "day" | "year") | null;
            billRateMinor: number | null;
            billRateUnit: ("hour" | "day" | "year") | null;
            feeType: ("percent" | "flat") | null;
            feeBp: number | null;
            feeFlatMinor: number | null;
            conditions: string;
            clientApproval: {
                approvedBy: string;
                /** Format: date-time */
                approvedAt: string;
            } | null;
            extendedAt: string | null;
            candidateAcceptedAt: string | null;
            /** @description When it was accepted, declined or withdrawn */
            decidedAt: string | null;
            /** @description Why it was declined or withdrawn */
            reason: string | null;
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            /** @description Every set of terms, newest first */
            revisions: components["schemas"]["OfferRevision"][];
        };
        OfferAbilities: {
            revise: boolean;
            extend: boolean;
            accept: boolean;
            decline: boolean;
            withdraw: boolean;
            recordClientApproval: boolean;
        };
        Contact: {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            title: string | null;
            emails: string[];
            phones: string[];
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            roles: ("hiring_manager" | "billing" | "decision_maker")[];
            ownerId: string | null;
            ownerName: string | null;
            /** @enum {string} */
            status: "active" | "inactive";
            lastContactedAt: string | null;
            notes: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ContactEmployment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            title: string | null;
            /** Format: date */
            startedOn: string;
            endedOn: string | null;
        };
        ContactDetail: {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            title: string | null;
            emails: string[];
            phones: string[];
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            roles: ("hiring_manager" | "billing" | "decision_maker")[];
            ownerId: string | null;
            ownerName: string | null;
            /** @enum {string} */
            status: "active" | "inactive";
            lastContactedAt: string | null;
            notes: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            employments: components["schemas"]["ContactEmployment"][];
        };
        ApplicationForm: {
            fields: {
                /** @enum {string} */
                field: "phone" | "location" | "cv" | "cover_letter" | "linkedin" | "availability" | "desired_pay" | "work_authorization";
                required: boolean;
            }[];
            questions: {
                id: string;
                /** @enum {string} */
                kind: "yes_no" | "choice" | "number" | "text";
                label: string;
                /** @default false */
                required: boolean;
                options?: string[];
                knockout?: string[];
                knockoutBelow?: number;
            }[];
        };
        Stage: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "sourced" | "screening" | "shortlisted" | "submitted" | "interview" | "offer" | "placed" | "rejected" | "withdrawn";
            position: number;
        };
        JobSummary: {
            /** Format: uuid */
            id: string;
            number: number;
            reference: string;
            title: string;
            /** @enum {string} */
            status: "intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled";
            organization: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            recruiters: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            /** @enum {string} */
            employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
            /** @enum {string} */
            urgency: "low" | "normal" | "high" | "critical";
            openings: number;
            filledCount: number;
            /** @description Candidates on the job's pipeline (every stage) */
            candidateCount: number;
            /** @description Submissions sent to the client and not withdrawn */
            submissionCount: number;
            location: string | null;
            /** @enum {string} */
            remotePolicy: "onsite" | "hybrid" | "remote";
            /** Format: date-time */
            statusChangedAt: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            nextAction: {
                /** Format: uuid */
                taskId: string;
                title: string;
                /** Format: date-time */
                dueAt: string;
                allDay: boolean;
                assignee: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            } | null;
            health: {
                daysInStatus: number;
                daysIntakeToOpen: number | null;
                atRisk: boolean;
                atRiskReasons: {
                    rule: string;
                    message: string;
                }[];
            };
            version: number;
        };
        Job: {
            /** Format: uuid */
            id: string;
            number: number;
            reference: string;
            title: string;
            /** @enum {string} */
            status: "intake" | "qualified" | "open" | "on_hold" | "filled" | "closed" | "cancelled";
            organization: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            recruiters: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            /** @enum {string} */
            employmentType: "permanent" | "temporary" | "contract" | "contract_to_hire" | "retained";
            /** @enum {string} */
            urgency: "low" | "normal" | "high" | "critical";
            openings: number;
            filledCount: number;
            /** @description Candidates on the job's pipeline (every stage) */
            candidateCount: number;
            /** @description Submissions sent to the client and not withdrawn */
            submissionCount: number;
            location: string | null;
            /** @enum {string} */
            remotePolicy: "onsite" | "hybrid" | "remote";
            /** Format: date-time */
            statusChangedAt: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            nextAction: {
                /** Format: uuid */
                taskId: string;
                title: string;
                /** Format: date-time */
                dueAt: string;
                allDay: boolean;
                assignee: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            } | null;
            health: {
                daysInStatus: number;
                daysIntakeToOpen: number | null;
                atRisk: boolean;
                atRiskReasons: {
                    rule: string;
                    message: string;
                }[];
            };
            version: number;
            contact: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            deal: {
                /** Format: uuid */
                id: string;
                title: string;
            } | null;
            description: string;
            payMinMinor: number | null;
            payMaxMinor: number | null;
            payUnit: ("hour" | "day" | "year") | null;
            billRateMinor: number | null;
            billRateUnit: ("hour" | "day" | "year") | null;
            feeType: ("percent" | "flat") | null;
            feeBp: number | null;
            feeFlatMinor: number | null;
            currency: string;
            targetStartOn: string | null;
            submissionRules: string | null;
            interviewProcess: string | null;
            mustHaveSkills: string[];
            niceToHaveSkills: string[];
            successCriteria: string | null;
            advertText: string | null;
            deliveryNotes: string | null;
            sourcingPlan: ("job_boards" | "database_search" | "matching" | "referrals" | "pools")[];
            applicationForm: components["schemas"]["ApplicationForm"];
            firstOpenedAt: string | null;
            qualification: {
                checks: {
                    real: {
                        answer: boolean;
                        note: string;
                    };
                    fundable: {
                        answer: boolean;
                        note: string;
                    };
                    actionable: {
                        answer: boolean;
                        note: string;
                    };
                    specific: {
                        answer: boolean;
                        note: string;
                    };
                };
                decidedBy: string;
                /** Format: date-time */
                decidedAt: string;
            } | null;
            stages: components["schemas"]["Stage"][];
        };
        GlobalSearchHit: {
            /** @enum {string} */
            kind: "candidate" | "contact" | "organization" | "job";
            /** Format: uuid */
            id: string;
            label: string;
            /** @description A second line: a title and employer, an organization, a client */
            detail: string | null;
            /** @description The record's page in the web app */
            link: string;
        };
        CandidateDocumentAbilities: {
            makeCurrent: boolean;
            delete: boolean;
        };
        CandidateDocument: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            candidateId: string;
            /** @enum {string} */
            kind: "cv" | "cover_letter" | "other";
            fileName: string;
            mediaType: string;
            sizeBytes: number;
            sha256: string;
            isCurrentCv: boolean;
            /** @enum {string} */
            extractionStatus: "pending" | "done" | "failed";
            /** @description The extracted text, once `extractionStatus` is `done` */
            text: string | null;
            uploadedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            downloadUrl: string;
            /** Format: date-time */
            createdAt: string;
            version: number;
            abilities: components["schemas"]["CandidateDocumentAbilities"];
        };
        CvSuggestions: {
            firstName?: string;
            lastName?: string;
            emails: string[];
            /** @description E.164 where the number is valid, else as found */
            phones: string[];
            skills: string[];
            /** @description The first 2,000 characters of the extracted text */
            text: string;
        };
        SavedView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            list: "jobs" | "organizations" | "contacts" | "deals" | "candidates";
            name: string;
            filters: {
                [key: string]: string | string[];
            };
            shared: boolean;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            mine: boolean;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Mail: {
            /** Format: uuid */
            id: string;
            to: string;
            subject: string;
            text: string;
            templateKey: string | null;
            /** @enum {string} */
            status: "queued" | "sent" | "kept" | "failed";
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
        };
        Setting: {
            key: string;
            area: string;
            label: string;
            value: unknown;
            defaultValue: unknown;
        };
        ListItem: {
            /** Format: uuid */
            id: string;
            list: string;
            value: string;
            label: string;
            position: number;
            archived: boolean;
            version: number;
        };
        OptionList: {
            name: string;
            label: string;
            items: components["schemas"]["ListItem"][];
        };
        Template: {
            key: string;
            area: string;
            label: string;
            subject: string;
            body: string;
            variables: string[];
            customized: boolean;
        };
        Deal: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            stage: string;
            stageLabel: string;
            valueMinor: number | null;
            currency: string;
            expectedCloseOn: string | null;
            ownerId: string | null;
            ownerName: string | null;
            notes: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        DealContact: {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            title: string | null;
        };
        DealDetail: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            stage: string;
            stageLabel: string;
            valueMinor: number | null;
            currency: string;
            expectedCloseOn: string | null;
            ownerId: string | null;
            ownerName: string | null;
            notes: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            contacts: components["schemas"]["DealContact"][];
        };
        DealBoardColumn: {
            stage: string;
            label: string;
            archived: boolean;
            count: number;
            totals: {
                currency: string;
                valueMinor: number;
            }[];
            items: components["schemas"]["Deal"][];
            hasMore: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
