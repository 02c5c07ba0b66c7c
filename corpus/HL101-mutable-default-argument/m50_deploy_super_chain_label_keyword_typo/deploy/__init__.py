"""deploy: service descriptions rendered into cluster manifests."""
from .node import ConfigMap, Node
from .service import Service
from .web import HttpService

__all__ = ["ConfigMap", "HttpService", "Node", "Service"]
