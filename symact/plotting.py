"""matplotlib (optional extra ``plot``) without a screen, and saving without a traceback."""

from __future__ import annotations

from .errors import SymactError


def pyplot():
    """matplotlib.pyplot on the Agg backend; SymactError naming the extra when missing."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise SymactError("plots need matplotlib: pip install 'symact[plot]'") from None
    return plt


def save(fig, path: str) -> None:
    """Write the figure (PNG by suffix) and close it; an unwritable path is one clear error."""
    import matplotlib.pyplot as plt

    fig.tight_layout()
    try:
        fig.savefig(path)
    except OSError as exc:
        raise SymactError(f"cannot write {path}: {exc.strerror}") from None
    finally:
        plt.close(fig)
