from framing.report import charts


def test_bar_lengths_follow_values_and_labels_are_kept():
    chart = charts.bar_chart(["A", "B"], [0.2, 0.8], ["#000000", "#111111"], domain=(0, 1),
                             axis_title="score")
    short, long = chart.rects
    assert long.width > short.width * 3
    labels = [t.text for t in chart.texts]
    assert {"A", "B", "score"} <= set(labels)


def test_negative_values_extend_left_of_zero():
    chart = charts.bar_chart(["A", "B"], [-0.5, 0.5], ["#000000", "#111111"], domain=(-1, 1),
                             axis_title="tone")
    negative, positive = chart.rects
    assert negative.x + negative.width <= positive.x + 0.01


def test_missing_values_are_marked_not_drawn():
    chart = charts.bar_chart(["A", "B"], [None, 0.5], ["#000000", "#111111"], domain=(0, 1),
                             axis_title="x")
    assert len(chart.rects) == 1 and "n/a" in [t.text for t in chart.texts]


def test_line_chart_leaves_gaps_and_has_a_legend_entry_per_series():
    chart = charts.line_chart([("A", "#000000", [0.1, None, 0.3]), ("B", "#111111", [None, None, 0.2])],
                              y_domain=(-1, 1), x_title="position", y_title="tone")
    assert len(chart.dots) == 3
    assert len(chart.paths) == 1  # B has a single point: a dot, no line
    assert {"A", "B"} <= {t.text for t in chart.texts}


def test_nice_domain_uses_round_steps():
    assert charts.nice_domain([11.4, 6.9]) == (0, 20)
    assert charts.nice_domain([0.0, None]) == (0, 4)
    low, high = charts.nice_domain([54.1])
    assert high >= 54.1 and (high / 4) in (10, 20, 50)


def test_chart_view_rounds_coordinates_and_styles_every_text():
    chart = charts.line_chart([("A", "#000000", [0.1, 0.3, 0.2])], y_domain=(-1, 1),
                              x_title="position", y_title="tone")
    view = charts.chart_view(chart)
    numbers = [v for t in view.texts for v in (t.x, t.y)] + [v for d in view.dots for v in (d.cx, d.cy)]
    assert all(len(n.partition(".")[2]) <= 2 for n in numbers)
    turned = [t for t in view.texts if t.transform]
    assert [t.text for t in turned] == ["tone"] and turned[0].transform.startswith("rotate(-90 ")
    assert all(t.font_size and t.fill for t in view.texts)
    assert view.view_box == f"0 0 {view.width} {view.height}"
