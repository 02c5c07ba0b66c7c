"""Site handlers; importing a module registers its routes."""
from . import admin, storefront
