from .headers import split_headers


def newsletter(issue, addresses):
    """One message per address, each with its own header dict."""
    out = []
    for address in addresses:
        headers = {}
        split_headers(headers, {"x_list_id": f"news-{issue}", "reply_to": "news@example.org"})
        out.append((address, headers))
    return out
