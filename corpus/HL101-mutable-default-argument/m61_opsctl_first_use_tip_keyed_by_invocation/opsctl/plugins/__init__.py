from . import kube
