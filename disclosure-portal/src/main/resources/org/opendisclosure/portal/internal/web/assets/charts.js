// Draws the bar charts of an item page from their data-chart JSON with ECharts (served from the jar).
// The same figures are in the table above each chart, which is what screen readers and printers use.
(function () {
  'use strict';
  function draw(el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    var palette = ['#8c1c13', '#0b4f8a', '#00703c', '#7a4d00'];
    chart.setOption({
      aria: { enabled: true },
      color: palette,
      animation: false,
      textStyle: { fontSize: 14 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: data.categories, axisLabel: { interval: 0, width: 90, overflow: 'break' } },
      yAxis: { type: 'value', name: data.unit },
      series: data.series.map(function (s) {
        return { name: s.name, type: 'bar', data: s.values, label: { show: true, position: 'top' } };
      })
    });
    el.classList.add('ready');
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) { return; }
    var charts = document.querySelectorAll('[data-chart]');
    for (var i = 0; i < charts.length; i++) { draw(charts[i]); }
  });
})();
