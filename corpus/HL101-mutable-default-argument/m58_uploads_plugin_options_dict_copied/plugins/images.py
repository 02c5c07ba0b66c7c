import core.plugin


class Thumbnails(core.plugin.Plugin, slug="thumbs"):
    max_side = 320

    def setup(self):
        self.options["middleware"].append(self.resize)

    def resize(self, image):
        scale = min(1.0, self.max_side / max(image["width"], image["height"]))
        return dict(image, thumb=(int(image["width"] * scale), int(image["height"] * scale)))


class Watermark(core.plugin.Plugin):
    def setup(self):
        self.options["middleware"].append(self.stamp)
        self.options["text"] = "(c) example.test"

    def stamp(self, image):
        return dict(image, watermark=self.options.get("text", ""))
