import units.registry as registry

FEET_PER_METRE = 3.28084


@registry.converter("m", "ft")
def m_to_ft(metres):
    return round(metres * FEET_PER_METRE, 1)


@registry.converter("ft", "m")
def ft_to_m(feet):
    return round(feet / FEET_PER_METRE, 2)
