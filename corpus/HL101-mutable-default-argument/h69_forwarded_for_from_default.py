"""Reverse proxy: builds the upstream request headers from the client's request."""
import itertools

HOP_BY_HOP = frozenset({
    "connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
    "te", "trailers", "transfer-encoding", "upgrade",
})


def upstream_headers(incoming, client_ip, proxy_headers={"Via": "1.1 edge-proxy"}):  # expect: HL101 confirmed
    prior = proxy_headers.get("X-Forwarded-For")
    proxy_headers["X-Forwarded-For"] = f"{prior}, {client_ip}" if prior else client_ip
    proxy_headers["X-Forwarded-Proto"] = incoming.get("X-Forwarded-Proto", "https")
    headers = {k: v for k, v in incoming.items() if k.lower() not in HOP_BY_HOP}
    headers.update(proxy_headers)
    return headers


def proxy_request(method, path, incoming, peer):
    client_ip, _, _port = peer.rpartition(":")
    headers = upstream_headers(incoming, client_ip.strip("[]"))
    lines = [f"{method} {path} HTTP/1.1"] + [f"{k}: {v}" for k, v in headers.items()]
    return "\r\n".join(lines).encode("latin-1") + b"\r\n\r\n"


_conns = itertools.count()


def scenario():
    n = next(_conns)
    incoming = {"Host": "shop.example.com", "Connection": "keep-alive", "Accept": "text/html"}
    peer = f"[2001:db8:85a3:8d3:1319:8a2e:{n >> 16 & 0xffff:x}:{n & 0xffff:x}]:{40000 + n % 20000}"
    return proxy_request("GET", f"/cart/{n}", incoming, peer)
