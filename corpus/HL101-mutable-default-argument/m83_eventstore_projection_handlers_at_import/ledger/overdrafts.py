from .projection import Projection

projection = Projection("overdrafts", {"balance": 0, "count": 0, "deepest": 0})


@projection.on("Deposited")
def deposited(state, event):
    state["balance"] += event["amount"]


@projection.on("Withdrawn")
def withdrawn(state, event):
    state["balance"] -= event["amount"]
    if state["balance"] < 0:
        state["count"] += 1
        state["deepest"] = min(state["deepest"], state["balance"])
