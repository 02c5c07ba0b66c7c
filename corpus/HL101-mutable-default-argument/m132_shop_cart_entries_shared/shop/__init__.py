"""shop: a tiny storefront; the public names are re-exported here."""
from .models import *
from .store import Store as DefaultStore
from .service import checkout

SKUS = DefaultStore.SKUS
