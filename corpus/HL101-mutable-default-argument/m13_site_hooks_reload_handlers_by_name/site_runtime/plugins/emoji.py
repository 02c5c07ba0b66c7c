from site_runtime.hooks import connect

SMILEYS = {":)": "\u263a", ":(": "\u2639"}


def replace_smileys(text):
    for code, char in SMILEYS.items():
        text = text.replace(code, char)
    return text


connect("render", replace_smileys)
