from pantry import new_list
from pantry.stock import missing


def plan_week(household, needs):
    """The week's shopping list: whatever the recipes need that is not in stock."""
    basket = new_list(household)
    for item in missing(needs):
        basket.append(item)
    return {"household": household, "count": len(basket)}
