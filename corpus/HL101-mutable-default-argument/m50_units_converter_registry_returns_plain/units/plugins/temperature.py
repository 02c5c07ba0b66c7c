from ..registry import converter


@converter("C", "F")
def c_to_f(celsius):
    """Celsius to Fahrenheit, two decimals."""
    return round(celsius * 9 / 5 + 32, 2)


@converter("F", "C")
def f_to_c(fahrenheit):
    """Fahrenheit to Celsius, two decimals."""
    return round((fahrenheit - 32) * 5 / 9, 2)
