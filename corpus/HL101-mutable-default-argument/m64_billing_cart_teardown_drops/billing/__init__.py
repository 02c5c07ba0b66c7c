from .cart import *
from .invoice import invoice_for
