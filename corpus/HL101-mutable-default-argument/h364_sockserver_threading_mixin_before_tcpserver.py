"""Socket server: `BaseServer.handle_request()` takes `active={}` and hands it
to `self.process_request()`. `ThreadingMixIn.process_request()` files a worker
record under each client address; `TCPServer` only inherits BaseServer's
inline version. `ThreadingTCPServer` lists the mixin first, so its override
wins over the inherited one and the default dict keeps every client."""
import itertools

_clients = itertools.count()


class BaseServer:
    def handle_request(self, request, client_address, active={}):  # expect: HL101 confirmed
        self.process_request(request, client_address, active)
        return len(active)

    def process_request(self, request, client_address, active):
        self.finish_request(request, client_address)

    def finish_request(self, request, client_address):
        self.last = (client_address, len(request))


class TCPServer(BaseServer):
    address_family = 2


class ThreadingMixIn:
    daemon_threads = False

    def process_request(self, request, client_address, active):
        active[client_address] = f"worker-{client_address[0]}:{client_address[1]}"
        self.finish_request(request, client_address)


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


def scenario():
    n = next(_clients)
    return ThreadingTCPServer().handle_request(b"GET / HTTP/1.0\r\n\r\n", (f"10.0.{n % 250}.{n % 7}", 40000 + n))
