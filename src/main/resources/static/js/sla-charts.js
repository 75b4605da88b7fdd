// The SLA report's two charts, from the JSON the page carries (#sla-chart-data).
(function () {
  var data = JSON.parse(document.getElementById('sla-chart-data').textContent);
  var groups = data.groups, trend = data.trend, names = data.names;
  new Chart(document.getElementById('chart-groups'), {
    type: 'bar',
    data: {labels: groups.labels, datasets: [
      {label: names.early, data: groups.early, backgroundColor: '#198754'},
      {label: names.onTime, data: groups.onTime, backgroundColor: '#0d6efd'},
      {label: names.late, data: groups.late, backgroundColor: '#dc3545'}]},
    options: {animation: false, scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true}}}
  });
  new Chart(document.getElementById('chart-trend'), {
    type: 'line',
    data: {labels: trend.labels, datasets: [{label: names.rate, data: trend.onTimeRate, borderColor: '#0d6efd'}]},
    options: {animation: false, scales: {y: {min: 0, max: 100}}}
  });
})();
