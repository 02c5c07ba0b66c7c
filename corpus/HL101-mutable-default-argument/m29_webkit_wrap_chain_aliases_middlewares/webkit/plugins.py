"""Plugins: each adds one request middleware to a chain."""


def tenant_header(tenant):
    def middleware(request):
        return dict(request, headers={**request.get("headers", {}), "X-Tenant": tenant})

    return middleware


def install(chain, tenant):
    chain.use(tenant_header(tenant))
    return chain
