def html_page(title, headers):
    rid = headers.get("x-request-id", "-")
    return f"<html><head><title>{title}</title></head><!-- {rid} --></html>"
