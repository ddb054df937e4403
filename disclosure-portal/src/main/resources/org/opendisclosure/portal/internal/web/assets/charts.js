// Draws the bar charts of an item page from their data-chart JSON with ECharts (served from the jar).
// The same figures are in the table above each chart, which is what screen readers and printers use.
// On narrow screens the bars lie down (categories on the vertical axis) so that labels never overlap.
(function () {
  'use strict';
  var PALETTE = ['#8c1c13', '#0b4f8a', '#005a30', '#7a4d00'];
  var NARROW = 560;

  function option(data, narrow) {
    var categoryAxis = { type: 'category', data: data.categories, inverse: narrow,
      axisLabel: narrow ? { fontSize: 14, width: 110, overflow: 'break' }
                        : { fontSize: 14, interval: 0, width: 100, overflow: 'break' } };
    var valueAxis = { type: 'value', name: data.unit, nameTextStyle: { fontSize: 14 }, axisLabel: { fontSize: 13 } };
    return {
      aria: { enabled: true },
      color: PALETTE,
      animation: false,
      tooltip: { trigger: 'axis', textStyle: { fontSize: 15 } },
      legend: { top: 0, textStyle: { fontSize: 14 } },
      grid: { left: 8, right: narrow ? 56 : 16, bottom: 8, top: 44, containLabel: true },
      xAxis: narrow ? valueAxis : categoryAxis,
      yAxis: narrow ? categoryAxis : valueAxis,
      series: data.series.map(function (s) {
        return { name: s.name, type: 'bar', data: s.values,
          label: { show: true, position: narrow ? 'right' : 'top', fontSize: 13 } };
      })
    };
  }

  function draw(el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    var narrow = el.clientWidth < NARROW;
    if (narrow) { el.style.height = Math.max(320, data.categories.length * data.series.length * 34 + 90) + 'px'; }
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option(data, narrow));
    el.classList.add('ready');
    window.addEventListener('resize', function () {
      var now = el.clientWidth < NARROW;
      if (now !== narrow) {
        narrow = now;
        el.style.height = narrow ? Math.max(320, data.categories.length * data.series.length * 34 + 90) + 'px' : '';
        chart.resize();
        chart.setOption(option(data, narrow), true);
      } else {
        chart.resize();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) { return; }
    var charts = document.querySelectorAll('[data-chart]');
    for (var i = 0; i < charts.length; i++) { draw(charts[i]); }
  });
})();
