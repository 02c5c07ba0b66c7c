"""billing: amounts, minor units and instalment plans."""
