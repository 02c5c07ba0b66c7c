def tenant_header(tenant):
    def add_tenant(response):
        response.headers.append(("X-Tenant", tenant))
        return response

    return add_tenant


def no_store(response):
    response.headers.append(("Cache-Control", "no-store"))
    return response
