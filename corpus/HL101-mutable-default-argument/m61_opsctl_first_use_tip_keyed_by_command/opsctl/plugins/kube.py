from ..core import register


def scale(args):
    deployment, replicas = args
    return f"deployment.apps/{deployment} scaled to {int(replicas)}"


def pods(args):
    (deployment,) = args
    return "\n".join(f"{deployment}-{i:04x}   Running" for i in range(2))


register("scale", scale)
register("pods", pods)
