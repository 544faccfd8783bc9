"""Render every section of the main window, in English and Chinese, to PNG.

Usage: QT_QPA_PLATFORM=offscreen python tools/screenshots.py docs/screenshots [section ...]
Uses a throwaway demo database so the pictures show realistic data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out: Path, only: list[str]) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="depot-shots-"))
    os.environ["DEPOT_DATA_DIR"] = str(tmp)
    os.environ.setdefault("DEPOT_STATION", "intake-desk-1")
    from depot import cli
    from ui.app import application, build_main_window
    from ui.qt import QApplication

    info = cli.open_db(f"sqlite:///{(tmp / 'demo.db').as_posix()}")
    cli.seed_demo()
    app = application()
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "zh_CN"):
        win = build_main_window(info, lang)
        win.resize(1280, 800)
        from depot.models import User

        manager = User.get_or_none(User.badge == "BDG-T001") or User.select().first()
        if manager is not None:
            win.ctx.set_operator(manager)
        win.show()
        for key in win.pages:
            if only and key not in only:
                continue
            page = win.show_section(key)
            if key == "intake":  # a unit just scanned: its coverage on screen
                from rma.intake import todays_intake

                shown = todays_intake()
                serial = "P8815A220341"  # in warranty, no open RMA
                if shown and getattr(page, "unit", None) is None:
                    win.on_scan(serial)
            for _ in range(5):
                app.processEvents()
            target = out / f"{key}-{lang}.png"
            win.grab().save(str(target))
            print(target)
        if not only:
            win.show_section("intake")
            app.processEvents()
            win.grab().save(str(out / f"main-window-{lang}.png"))
        win.router.uninstall()
        win.ctx.close()
        win.close()
        QApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])
