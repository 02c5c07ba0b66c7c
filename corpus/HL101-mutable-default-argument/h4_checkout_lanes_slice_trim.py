"""Store display: each of three checkout lanes shows its last five receipts; lanes live in a default list of lists."""
import itertools


def ring_up(lane_no, receipt, lanes=[[], [], []]):  # expect: HL101 refuted
    lane = lanes[lane_no]
    lane.extend([receipt])
    lane[:] = lane[-5:]
    return [r["total"] for r in lane]


_receipts = itertools.count()


def scenario():
    n = next(_receipts)
    ring_up(n % 3, {"no": f"R{n:07d}", "total": round(3.5 + n * 0.1, 2)})
