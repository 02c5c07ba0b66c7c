from .api import quote, unit_price
from .catalog import CATALOG
