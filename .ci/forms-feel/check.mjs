// The forms compute display texts that the service no longer stores as variables. This renders their text
// components as Tasklist 7.24 does (form-js 1.8.7; camunda-webapp-webjar 7.24.0 bundles feelin 3.1.0, and the
// feelers 1.4.0 built on it) and compares the result with what the stored copies used to show.
import { evaluate } from 'feelers';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FORMS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'forms');
const forms = Object.fromEntries(readdirSync(FORMS).filter(f => f.endsWith('.form'))
  .map(f => [f.replace(/\.form$/, ''), JSON.parse(readFileSync(join(FORMS, f), 'utf8'))]));
const texts = form => {
  const all = [];
  const walk = c => (c.components || []).forEach(x => { if (x.type === 'text') all.push(x); walk(x); });
  walk(form);
  return all;
};

// form-js: template context = the task's variables with the special keys of buildExpressionContext; Text
// renders with debug on, so a FEEL error shows as the warning sign instead of failing.
const WARNING = '{{⚠}}';
const render = (name, data) => texts(forms[name]).map(c => evaluate(c.text, {
  this: data, parent: null, i: [], ...data, _this_: data, _parent_: null, _i_: []
}, { debug: true, strict: false, buildDebugString: () => ` ${WARNING} ` })).join('\n');

let failures = 0;
const expect = (name, data, shown, notShown = []) => {
  const text = render(name, data);
  for (const s of shown) if (!text.includes(s)) { failures++; console.error(`${name}: missing ${JSON.stringify(s)} in\n${text}\n`); }
  for (const s of [WARNING, ...notShown]) if (text.includes(s)) { failures++; console.error(`${name}: shows ${JSON.stringify(s)} in\n${text}\n`); }
};

// Every text renders without a FEEL error, also when Tasklist has none of its variables.
Object.keys(forms).forEach(name => expect(name, {}, []));

const votes = { yesVotes: 2, noVotes: 1, eligibleVoters: 3 };
const tally = 'Đồng ý: 2 · Không đồng ý: 1 · Chưa biểu quyết: 0 (tổng 3 người)';
expect('cast-vote', votes, [`- **Tình hình biểu quyết hiện tại:** ${tally}`]);
expect('cast-vote', { yesVotes: 0, noVotes: 0, eligibleVoters: 4 },
  ['Đồng ý: 0 · Không đồng ý: 0 · Chưa biểu quyết: 4 (tổng 4 người)']);
expect('cast-vote', {}, [], ['Tình hình biểu quyết hiện tại']);
expect('decide-override', votes, [`- **Kết quả biểu quyết:** ${tally}`]);
expect('approve-research-policy', { ...votes, voteOutcome: 'PASSED' },
  [`- **Kết quả biểu quyết của tập thể lãnh đạo:** Được thông qua (${tally})`]);

for (const name of Object.keys(forms).filter(n => JSON.stringify(forms[n]).includes('Thời gian dự kiến hoàn thành:**'))) {
  expect(name, { plannedEndDate: '2026-12-31' }, ['**Thời gian dự kiến hoàn thành:** 31/12/2026\n']);
  expect(name, { plannedEndDate: '2027-03-05T00:00:00' }, ['**Thời gian dự kiến hoàn thành:** 05/03/2027\n']);
  expect(name, {}, ['**Thời gian dự kiến hoàn thành:** \n']);
}

const recommended = ['PUBLIC_COMMENDATION', 'PERSONNEL_CONSIDERATION', 'CITY_CERTIFICATE', 'EARLY_SALARY_STEP',
  'HIGHER_LEVEL_PROPOSAL'];
const recommendedText = 'Biểu dương; Xem xét khi đánh giá, xếp loại, quy hoạch, bổ nhiệm, luân chuyển; '
  + 'Bằng khen của Chủ tịch UBND Thành phố; Nâng bậc lương trước thời hạn (tối đa 12 tháng); '
  + 'Đề nghị cấp trên khen thưởng hình thức cao hơn';
for (const name of ['propose-reward', 'review-reward', 'record-personnel-follow-up']) {
  expect(name, { recommendedRewardForms: recommended },
    [`- **Hình thức gợi ý theo bảng quyết định:** ${recommendedText}\n`]);
  expect(name, { recommendedRewardForms: [] }, ['- **Hình thức gợi ý theo bảng quyết định:** (không có)\n']);
}
// The board ticks other forms while adjusting; its form still shows the head's proposal.
expect('review-reward', {
  rewardProposal: { proposedBy: 'binh', rewardForms: ['AGENCY_CERTIFICATE', 'EARLY_SALARY_STEP'], earlySalaryMonths: 6,
    beneficiaries: 'Phòng Quản lý xây dựng' },
  rewardForms: ['PUBLIC_COMMENDATION'], earlySalaryMonths: 0, beneficiaries: 'Ông A'
}, ['- **Hình thức khen thưởng, động viên:** Giấy khen của người đứng đầu cơ quan; Nâng bậc lương trước thời hạn (tối đa 12 tháng)\n'
  + '- **Số tháng nâng bậc lương trước thời hạn:** 6\n- **Người, tập thể được đề nghị:** Phòng Quản lý xây dựng\n'
  + '- **Người đề xuất khen thưởng:** binh']);
expect('record-personnel-follow-up', { rewardForms: ['CITY_CERTIFICATE', 'EARLY_SALARY_STEP'], rewardProposal: { rewardForms: ['PUBLIC_COMMENDATION'] } },
  ['- **Hình thức khen thưởng, động viên:** Bằng khen của Chủ tịch UBND Thành phố; Nâng bậc lương trước thời hạn (tối đa 12 tháng)\n']);

expect('correct-registration', { validationMessages: ['Điểm nghẽn, vướng mắc cần tháo gỡ: chưa được khai báo',
  'Thời gian dự kiến hoàn thành: phải là ngày theo dạng yyyy-MM-dd'] },
  ['#### Hồ sơ cần bổ sung, sửa:\n- Điểm nghẽn, vướng mắc cần tháo gỡ: chưa được khai báo\n'
    + '- Thời gian dự kiến hoàn thành: phải là ngày theo dạng yyyy-MM-dd\n\nSau khi bổ sung']);

if (failures > 0) {
  console.error(`forms' FEEL: ${failures} problem(s)`);
  process.exit(1);
}
console.log(`forms' FEEL: ${Object.keys(forms).length} forms render as expected`);
