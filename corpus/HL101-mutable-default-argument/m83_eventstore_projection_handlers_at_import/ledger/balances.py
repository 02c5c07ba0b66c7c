from .projection import Projection

projection = Projection("balances", {"owner": None, "balance": 0})


@projection.on("Opened")
def opened(state, event):
    state["owner"] = event["owner"]


@projection.on("Deposited")
def deposited(state, event):
    state["balance"] += event["amount"]


@projection.on("Withdrawn")
def withdrawn(state, event):
    state["balance"] -= event["amount"]
