"""What installing a package pulls in."""
from .. import reachable


def install_set(graph, package):
    """`package` and everything it depends on, sorted."""
    return sorted(reachable(graph, package, visited=set()))
