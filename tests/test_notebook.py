"""Notebook display, show() and explore(), driven in code without a kernel."""

from __future__ import annotations

import base64
import builtins
import importlib
import inspect
import io
import re
import subprocess
import sys
from pathlib import Path
from typing import Annotated, Literal

import matplotlib.pyplot as plt
import pytest
from matplotlib.figure import Figure
from PIL import Image

import housestyle
from housestyle import HouseStyleError
from housestyle.output._export import to_bytes

COOKBOOK = Path(__file__).resolve().parents[1] / "cookbook"


def _chart(title: str = "Rain fell most in March", alt: str | None = "Bars, March highest."):
    fig, ax = plt.subplots()
    ax.bar(["Jan", "Feb", "Mar"], [3, 4, 9])
    return housestyle.finalise(fig, title=title, source="Met Office", alt=alt)


def _img(html: str) -> re.Match:
    found = re.search(
        r'<img src="data:image/png;base64,([^"]+)" width="(\d+)" height="(\d+)" alt="([^"]*)"',
        html,
    )
    assert found is not None, html[:300]
    return found


def _size(png: bytes) -> tuple[int, int]:
    return Image.open(io.BytesIO(png)).size


# --------------------------------------------------------------------------- display


def test_finalised_figure_displays_as_its_exported_2x_png():
    fig = _chart()
    data, metadata = fig._repr_mimebundle_()
    png = base64.b64decode(data["image/png"])
    assert png == to_bytes(fig, ["png2x"])["png2x"]
    width, height = fig._housestyle.preset.pixels
    assert _size(png) == (2 * width, 2 * height)
    assert metadata["image/png"] == {"width": width, "height": height}
    img = _img(data["text/html"])
    assert base64.b64decode(img[1]) == png
    assert (int(img[2]), int(img[3])) == (width, height)
    assert img[4] == "Bars, March highest."
    assert Image.open(io.BytesIO(png)).text["Description"] == "Bars, March highest."
    assert "Rain fell most in March" in data["text/plain"]
    plt.close(fig)


def test_display_escapes_alt_text_and_falls_back_to_the_title():
    fig = _chart(alt='Bars: "March" <highest> & wet')
    html = fig._repr_mimebundle_(include=["text/html"])[0]["text/html"]
    assert 'alt="Bars: &quot;March&quot; &lt;highest&gt; &amp; wet"' in html
    untitled = _chart(title="Only a title", alt=None)
    assert _img(untitled._repr_mimebundle_()[0]["text/html"])[4] == "Only a title"
    plt.close("all")


def test_mimebundle_honours_include_and_exclude():
    fig = _chart()
    assert set(fig._repr_mimebundle_(include=["text/html"])[0]) == {"text/html"}
    assert "image/png" not in fig._repr_mimebundle_(exclude=["image/png"])[0]
    plt.close(fig)


def test_unfinalised_figures_and_matplotlib_are_untouched():
    fig, _ = plt.subplots()
    assert not hasattr(fig, "_repr_mimebundle_")
    assert not hasattr(Figure, "_ipython_display_")
    plt.close(fig)


def test_ipython_display_publishes_the_bundle(monkeypatch):
    pytest.importorskip("IPython")
    import IPython.display

    published = []
    monkeypatch.setattr(
        IPython.display, "publish_display_data", lambda data, metadata: published.append(data)
    )
    fig = _chart()
    fig._ipython_display_()
    assert base64.b64decode(published[0]["image/png"]) == to_bytes(fig, ["png2x"])["png2x"]
    plt.close(fig)


def test_finalised_figure_pickles_with_its_display():
    import pickle

    fig = pickle.loads(pickle.dumps(_chart()))
    assert "<img " in fig._repr_mimebundle_()[0]["text/html"]
    plt.close("all")


@pytest.mark.slow  # a fresh interpreter: the full suite
def test_import_and_finalise_do_not_import_ipython():
    code = (
        "import sys, matplotlib; matplotlib.use('Agg'); import housestyle, matplotlib.pyplot as plt;"
        "fig, ax = plt.subplots(); housestyle.finalise(fig, title='t');"
        "print('IPython' in sys.modules, 'ipywidgets' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


# --------------------------------------------------------------------------- show()


def test_show_offers_exports_bytes_as_downloads():
    fig = _chart()
    shown = housestyle.show(fig)
    html = shown._repr_html_()
    assert shown._repr_mimebundle_()["text/html"] == html
    expected = to_bytes(fig, ["png", "svg", "pdf", "csv"])
    links = dict(re.findall(r'download="([^"]+)" href="data:[^;]+;base64,([^"]+)"', html))
    assert set(links) == {
        "rain-fell-most-in-march.png",
        "rain-fell-most-in-march.svg",
        "rain-fell-most-in-march.pdf",
        "rain-fell-most-in-march.csv",
    }
    csv = base64.b64decode(links["rain-fell-most-in-march.csv"]).decode()
    assert csv.splitlines()[1:] == ["Jan,3", "Feb,4", "Mar,9"], "the bars' data"
    for fmt, data in expected.items():
        assert base64.b64decode(links[f"rain-fell-most-in-march.{fmt}"]) == data
    img = _img(html)
    png2x = base64.b64decode(img[1])
    assert png2x == to_bytes(fig, ["png2x"])["png2x"]
    assert _size(png2x) == (2 * int(img[2]), 2 * int(img[3]))
    assert img[4] == "Bars, March highest."
    plt.close(fig)


def test_show_formats_and_name():
    fig = _chart()
    shown = housestyle.show(fig, formats=("png2x", "webp"), name="rain")
    assert shown.names == {"png2x": "rain@2x.png", "webp": "rain.webp"}
    assert 'href="data:image/webp;base64,' in shown.html
    with pytest.raises(HouseStyleError, match="formats"):
        housestyle.show(fig, formats=("gif",))
    with pytest.raises(HouseStyleError, match="'html' is a web embed of several files"):
        housestyle.show(fig, formats=("png", "html"))
    plt.close(fig)


def test_show_refuses_what_it_cannot_draw():
    with pytest.raises(HouseStyleError, match="fig_or_table"):
        housestyle.show("a chart")


# --------------------------------------------------------------------------- explore()


@pytest.fixture(scope="module")
def widgets():
    return pytest.importorskip("ipywidgets")  # the notebook extra; without it, only these skip


def test_explore_without_ipywidgets_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "ipywidgets", None)  # makes "import ipywidgets" fail
    with pytest.raises(HouseStyleError, match=re.escape("pip install 'housestyle[notebook]'")):
        housestyle.explore(lambda: _chart())


def test_explore_without_ipywidgets_via_the_import_machinery(monkeypatch):
    real = builtins.__import__

    def no_widgets(name, *args, **kwargs):
        if name.split(".")[0] == "ipywidgets":
            raise ModuleNotFoundError("No module named 'ipywidgets'")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_widgets)
    with pytest.raises(HouseStyleError, match="optional extra"):
        housestyle.explore(lambda: _chart())


@pytest.fixture(scope="module")
def highlight_bar(widgets):
    app = housestyle.explore(COOKBOOK / "mpl_highlight_bar.py")
    yield app
    plt.close("all")


def test_recipe_parameters_become_controls(highlight_bar, widgets):
    controls = highlight_bar.controls
    assert isinstance(controls["highlight"], widgets.Dropdown)
    assert "toyota" in controls["highlight"].options and controls["highlight"].value == "subaru"
    assert isinstance(controls["top"], widgets.IntSlider) and controls["top"].value == 12
    assert controls["brand"].options == tuple(housestyle.brands())
    # no size parameter: the size is context, so the selector works all the same
    assert not controls["size"].disabled and controls["size"].value == "web"
    assert list(controls["size"].options) == list(housestyle.load_brand("ou").presets)


def test_size_selector_resizes_a_recipe_without_a_size_parameter(widgets):
    app = housestyle.explore(COOKBOOK / "mpl_line.py")
    assert "size" not in inspect.signature(app.func).parameters
    for preset in ("social", "print-column", "web"):
        app.controls["size"].value = preset
        assert app.error is None, app.error
        info = housestyle.finalised(app.figure)
        assert info.preset.name == preset
        width, height = housestyle.load_brand("ou").presets[preset].pixels
        assert _size(app.png2x) == (2 * width, 2 * height)
        assert (int(_img(app.output.value)[2]), int(_img(app.output.value)[3])) == (width, height)
    plt.close("all")


def test_dropdown_and_brand_change_the_image(highlight_bar, tmp_path):
    app = highlight_bar
    app.controls["brand"].value = "ou"
    app.controls["highlight"].value = "subaru"
    before = app.png2x
    app.controls["highlight"].value = "toyota"
    after = app.png2x
    assert after != before
    assert housestyle.finalised(app.figure).title.startswith("Toyota")
    assert base64.b64decode(_img(app.output.value)[1]) == after
    assert "Toyota" in _img(app.output.value)[4]
    app.controls["brand"].value = "night"
    assert app.png2x != after
    assert housestyle.finalised(app.figure).brand.name == "night"
    assert app.error is None


def test_export_button_writes_the_current_view(highlight_bar, tmp_path):
    app = highlight_bar
    app.controls["highlight"].value = "honda"
    app.folder.value = str(tmp_path / "views")
    app.export_button.click()
    written = sorted(p.name for p in (tmp_path / "views").iterdir())
    assert [Path(n).suffix for n in written] == [".pdf", ".png", ".svg"]
    assert all("honda" in n for n in written)
    png = (tmp_path / "views" / written[1]).read_bytes()
    assert png == to_bytes(app.figure, ["png"])["png"]
    assert "Wrote" in app.status.value


def test_a_failing_view_is_reported_not_raised(highlight_bar, tmp_path):
    app = highlight_bar
    app.controls["highlight"].value = "dodge"
    app.controls["top"].value = 3  # dodge is not among the top 3: the recipe raises
    assert isinstance(app.error, HouseStyleError)
    assert "not among the top 3" in app.status.value
    assert app.figure is None
    with pytest.raises(HouseStyleError, match="no chart"):
        app.export(tmp_path)
    app.controls["top"].value = 12
    assert app.error is None
    assert housestyle.finalised(app.figure).title.startswith("Dodge")
    assert base64.b64decode(_img(app.output.value)[1]) == app.png2x


def test_dependent_choices_follow_other_controls(widgets):
    from plotnine.data import mpg

    def top_makers(values):
        return list(mpg.groupby("manufacturer")["hwy"].mean().nlargest(values["top"]).index)

    app = housestyle.explore(
        COOKBOOK / "mpl_highlight_bar.py",
        options={"highlight": top_makers, "top": (3, 12)},
    )
    assert list(app.controls["highlight"].options) == top_makers({"top": 12})
    assert (app.controls["top"].min, app.controls["top"].max) == (3, 12)
    app.controls["highlight"].value = "dodge"
    app.controls["top"].value = 4
    assert list(app.controls["highlight"].options) == top_makers({"top": 4})
    assert app.controls["highlight"].value == top_makers({"top": 4})[0]  # dodge was dropped
    assert app.error is None
    plt.close("all")


def waves(
    shape: Literal["sine", "square"] = "sine",
    cycles: Annotated[float, (0.5, 6, 0.5)] = 2.0,
    width: float = 1.5,
    filled: bool = False,
    label: str = "signal",
    colours=("primary", "highlight"),
    data=None,
):
    """An unfinalised chart: explore finalises it at the selected size."""
    import numpy as np

    brand = housestyle.current_brand()
    x = np.linspace(0, 1, 200)
    y = np.sin(2 * np.pi * cycles * x)
    y = np.sign(y) if shape == "square" else y
    fig, ax = plt.subplots()
    ax.plot(x, y, linewidth=width, label=label, color=getattr(brand.colours, colours))
    if filled:
        ax.fill_between(x, y, alpha=0.3)
    fig.suptitle(f"A {shape} wave")
    return fig


def test_controls_from_hints_and_defaults(widgets):
    app = housestyle.explore(waves, brand="ou", size="social")
    c = app.controls
    assert isinstance(c["shape"], widgets.Dropdown) and c["shape"].options == ("sine", "square")
    assert isinstance(c["cycles"], widgets.FloatSlider)
    assert (c["cycles"].min, c["cycles"].max, c["cycles"].step) == (0.5, 6, 0.5)
    assert isinstance(c["width"], widgets.FloatSlider) and c["width"].max == 3.0
    assert isinstance(c["filled"], widgets.Checkbox)
    assert isinstance(c["label"], widgets.Text)
    assert c["colours"].options == ("primary", "highlight") and c["colours"].value == "primary"
    assert "data" not in c  # no control for an untyped None: the default is passed
    assert housestyle.finalised(app.figure).title == "A sine wave"
    plt.close("all")


def test_size_selector_refinalises_an_unfinalised_chart(widgets):
    app = housestyle.explore(waves, brand="ou")
    assert not app.controls["size"].disabled
    app.controls["size"].value = "social"
    assert housestyle.finalised(app.figure).preset.name == "social"
    width, height = housestyle.load_brand("ou").presets["social"].pixels
    assert _size(app.png2x) == (2 * width, 2 * height)
    app.controls["filled"].value = True
    app.controls["shape"].value = "square"
    assert housestyle.finalised(app.figure).title == "A square wave"
    plt.close("all")


def test_size_and_brand_parameters_are_passed(widgets):
    seen = {}

    def chart(size: str = "web", brand: str = "ou"):
        seen.update(size=size, brand=brand)
        fig, _ = plt.subplots()
        return housestyle.finalise(fig, title="t", size=size)

    app = housestyle.explore(chart)
    assert app.controls["size"].value == "web" and not app.controls["size"].disabled
    app.controls["size"].value = "slide"
    app.controls["brand"].value = "night"
    assert seen == {"size": "slide", "brand": "night"}
    assert housestyle.finalised(app.figure).preset.name == "slide"
    plt.close("all")


def test_fixed_values_and_bad_arguments(widgets):
    app = housestyle.explore(waves, shape="square")
    assert "shape" not in app.controls
    assert housestyle.finalised(app.figure).title == "A square wave"
    with pytest.raises(HouseStyleError, match="options"):
        housestyle.explore(waves, options={"nope": [1, 2]})
    with pytest.raises(HouseStyleError, match="no default"):
        housestyle.explore(lambda values: _chart())
    with pytest.raises(HouseStyleError, match="not a Python file"):
        housestyle.explore("no-such-recipe.txt")
    with pytest.raises(HouseStyleError, match=r"recipe: <lambda>\(\) returned a str; allowed"):
        housestyle.explore(lambda: "not a chart")
    plt.close("all")


def test_explore_accepts_a_module_and_closes_pyplot_figures(widgets):
    spec = importlib.util.spec_from_file_location("hs_test_line", COOKBOOK / "mpl_line.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    plt.close("all")
    app = housestyle.explore(module)
    assert app.name == "hs_test_line"
    assert plt.get_fignums() == []  # the inline backend would show open figures again
    assert app.stem().startswith("hs-test-line-ou-web")


def test_explorer_displays_as_its_widget(highlight_bar):
    bundle = highlight_bar._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle


def test_a_tuple_of_literals_is_a_multiple_choice(widgets):
    def chart(columns: tuple[Literal["a", "b", "c"], ...] = ("c", "a")) -> Figure:
        fig, ax = plt.subplots()
        ax.bar(list(columns), range(1, len(columns) + 1))
        return housestyle.finalise(fig, title=" ".join(columns), source="Made here")

    app = housestyle.explore(chart)
    control = app.controls["columns"]
    assert isinstance(control, widgets.SelectMultiple)
    assert control.options == ("a", "b", "c") and control.value == ("a", "c")
    control.value = ("b",)
    assert housestyle.finalised(app.figure).title == "b", "the function gets the chosen tuple"
