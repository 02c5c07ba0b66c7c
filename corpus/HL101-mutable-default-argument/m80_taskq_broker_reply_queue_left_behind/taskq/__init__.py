"""taskq: an in-process broker, a worker that drains it per tick, and an RPC helper."""
from .broker import Broker
from .rpc import call
from .worker import Worker, task

__all__ = ["Broker", "Worker", "call", "task"]
