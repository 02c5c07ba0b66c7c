"""Signup form: the referral select starts empty and offers the visitor's own code."""
import formkit

COUNTRIES = ("fr", "de", "it")


def render_signup(referral_code):
    country = formkit.SelectField("country", [(c, c.upper()) for c in COUNTRIES])
    referral = formkit.SelectField("referral")
    referral.add_choice(referral_code)
    return formkit.Field("email").render() + country.render() + referral.render()
