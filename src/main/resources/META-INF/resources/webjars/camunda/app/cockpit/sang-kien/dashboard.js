// Managers' dashboard for Cockpit (plugin point cockpit.dashboard): the programme's numbers for a
// year, from GET /api/dashboard, read with the Cockpit session (no second login). Plain DOM, no build.
const STAGES = [
  ['registration', 'Đăng ký'], ['party_opinion', 'Ý kiến cấp ủy'], ['vote', 'Biểu quyết'],
  ['city_decision', 'UBND TP phê duyệt'], ['implementation', 'Đang thực hiện'], ['suspended', 'Tạm dừng'],
  ['result', 'Đánh giá kết quả'], ['follow_up', 'Khen thưởng / xem xét']
];
const OUTCOMES = [
  ['completed', 'Hoàn thành'], ['partlyCompleted', 'Hoàn thành một phần'], ['notCompleted', 'Không hoàn thành'],
  ['protected', 'Được bảo vệ (loại trừ, miễn, giảm trách nhiệm)'], ['referred', 'Chuyển thanh tra'],
  ['rewarded', 'Được khen thưởng'], ['rejected', 'Không được phê duyệt'], ['stopped', 'Bị dừng'],
  ['cancelled', 'Bị quản trị viên hủy']
];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
  return node;
}

function table(headers, rows) {
  return el('table', { class: 'table table-condensed cam-table sang-kien-table' },
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(r => el('tr', {}, r.map(c => el('td', {}, c))))));
}

function render(node, data) {
  node.innerHTML = '';
  const section = (title, ...content) => el('section', { class: 'sang-kien-section' }, el('h3', {}, title), content);
  const stageRows = data.agencies.map(a => [a.name + ' (' + a.code + ')', ...STAGES.map(([k]) => a.stages[k] || 0)]);
  const overdueRows = data.overdue.map(o => [
    el('a', { href: '#/process-instance/' + o.processInstanceId + '/runtime' }, o.businessKey),
    o.title, o.step, o.waitingFor, o.due, o.daysOverdue]);
  const campaign = data.campaign;
  node.append(
    el('h2', {}, 'Sáng kiến đột phá năm ' + data.year),
    section('Theo cơ quan và giai đoạn', table(['Cơ quan', ...STAGES.map(([, l]) => l)], stageRows)),
    section('Quá hạn (' + data.overdue.length + ')', data.overdue.length
      ? table(['Mã sáng kiến', 'Tên', 'Bước', 'Đang chờ', 'Hạn', 'Số ngày quá hạn'], overdueRows)
      : el('p', {}, 'Không có việc quá hạn.')),
    section('Kết quả trong năm', table(OUTCOMES.map(([, l]) => l), [OUTCOMES.map(([k]) => data.outcomes[k] || 0)])),
    section('Đợt đăng ký năm ' + data.year, campaign
      ? el('p', {}, 'Trạng thái: ' + campaign.status + (campaign.deadline ? ' · hạn đăng ký ' + campaign.deadline : '')
        + ' · đã đăng ký ' + campaign.agenciesRegistered + '/' + campaign.agenciesAsked + ' cơ quan'
        + (campaign.lateAgencies.length ? ' · chậm: ' + campaign.lateAgencies.join(', ') : ''))
      : el('p', {}, 'Chưa mở đợt đăng ký.')));
}

export default {
  id: 'sang-kien.dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node) => {
    node.append(el('p', {}, 'Đang tải số liệu…'));
    const year = new Date().getFullYear();
    fetch('/api/dashboard?year=' + year, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(r => r.ok ? r.json() : r.text().then(t => Promise.reject(new Error(r.status + ' ' + t))))
      .then(data => render(node, data))
      .catch(e => { node.innerHTML = ''; node.append(el('p', { class: 'text-danger' }, 'Không tải được số liệu: ' + e.message)); });
  }
};
