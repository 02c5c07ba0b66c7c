"""Shape helpers in the Tk style: keyword options go through a cnf dict."""

__all__ = ["create_text", "create_line"]


def create_text(canvas, x, y, text, cnf={}):  # expect: HL101 refuted
    return canvas.create("text", (x, y), cnf, text=text)


def create_line(canvas, *coords, width=1):
    return canvas.create("line", coords, {"width": width})
