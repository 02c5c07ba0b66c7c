"""argv builders for the ffprobe/ffmpeg wrappers: lists are built here, run elsewhere."""
import itertools
import shlex

_ids = itertools.count()


def base_argv(loglevel=None, extra=(), common=["-hide_banner", "-nostdin"]):  # expect: HL101 refuted
    if loglevel is None and not extra:
        return common  # hot path: nothing to add
    argv = common + ["-loglevel", loglevel or "error"]
    argv.extend(extra)
    return argv


def probe_argv(path, loglevel=None):
    argv = base_argv(loglevel)
    argv = [*argv, "-show_streams", path]
    return ["ffprobe"] + argv


def transcode_argv(src, dst, codec="libx264", overwrite=True):
    argv = base_argv("warning", ("-y",) if overwrite else ())
    argv += ["-i", src, "-c:v", codec, dst]
    return ["ffmpeg"] + argv


def scenario():
    n = next(_ids)
    src = "/media/in/clip-%d.mov" % n
    commands = [probe_argv(src), transcode_argv(src, "/media/out/clip-%d.mp4" % n)]
    if n % 3 == 0:
        commands.append(probe_argv(src, loglevel="debug"))
    return [shlex.join(cmd) for cmd in commands]
