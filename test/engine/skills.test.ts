import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseResume } from '../../src/engine/index.ts';
import { findSkills } from '../../src/engine/parse/skills.ts';
import { canonicalForm, canonicalSkill, skillsInText } from '../../src/engine/parse/taxonomy.ts';

test('aliases map to canonical names', () => {
  assert.equal(canonicalSkill('JS'), 'JavaScript');
  assert.equal(canonicalSkill('k8s'), 'Kubernetes');
  assert.equal(canonicalSkill('ReactJS'), 'React');
  assert.equal(canonicalSkill('node.js'), 'Node.js');
  assert.equal(canonicalSkill('MS Excel'), 'Excel');
  assert.equal(canonicalSkill('C#'), 'C#');
  assert.equal(canonicalSkill('Basket weaving'), null);
});

test('known skills in running text, longest match first, everyday words skipped', () => {
  assert.deepEqual(skillsInText('Built REST APIs with Spring Boot on AWS and k8s', true), ['REST', 'Spring Boot', 'AWS', 'Kubernetes']);
  assert.deepEqual(skillsInText('I will go to the office and access the cloud', true), []);
  assert.deepEqual([...new Set(skillsInText('Reports in Excel on Windows; then more windows', true))], ['Excel', 'Windows']);
  assert.deepEqual(skillsInText('I excel at cleaning windows', true), []);
});

test('a skills section: list items, years in brackets and category labels removed', () => {
  const names = findSkills(
    ['C++ (Less than 1 year), DATABASES (Less than 1 year), python, java', 'Languages: JS, TypeScript', '• Strong knowledge of baking techniques'],
    '',
  ).map((s) => s.name);
  assert.deepEqual(names, ['C++', 'DATABASES', 'Python', 'Java', 'JS', 'TypeScript', 'baking techniques']);
});

test('skills named elsewhere in the text are added once', () => {
  const names = findSkills(['Python'], 'Deployed with Docker and python scripts; Docker swarm').map((s) => s.name);
  assert.deepEqual(names, ['Python', 'Docker']);
});

test('each skill says where it was found: a skills list, or only other text', () => {
  const r = parseResume(`Priya Nair
Data Analyst

SKILLS
SQL, Tableau, Python

EXPERIENCE
Data Analyst, Harbor Freight Logistics, Mar 2020 - Present
- Built Power BI dashboards and automated reports with Python and Airflow`);
  assert.deepEqual(
    r.skills.map((s) => [s.name, s.source]),
    [
      ['SQL', 'listed'],
      ['Tableau', 'listed'],
      ['Python', 'listed'],
      ['Power BI', 'text'],
      ['Airflow', 'text'],
    ],
  );
});

test('a bulleted line states one skill: the name before its explanation', () => {
  const names = findSkills(
    ['1. Versatile Customer Service Skills - Facilitated satisfactory experiences for guests.', '2. Excellent Time Management- Handled multiple projects at once.'],
    '',
  ).map((s) => s.name);
  assert.deepEqual(names, ['Versatile Customer Service Skills', 'Customer Service', 'Excellent Time Management']);
});

test('a label before a colon is a skill unless it names a category', () => {
  const names = findSkills(['- Clinical Skills: Proficient in preparing patients, sanitizing equipment', 'Languages: Java, C'], '').map((s) => s.name);
  assert.ok(names.includes('Clinical Skills'));
  assert.ok(!names.some((n) => /languages/i.test(n)));
  assert.ok(names.includes('Java') && names.includes('C'));
});

test('the taxonomy knows common tools by their aliases', () => {
  const names = findSkills(['Tools: Quality Center, Mule ESB, Grafana, Docker-Compose, Beautiful Soup'], '').map((s) => canonicalSkill(s.name));
  for (const n of ['HP ALM', 'MuleSoft', 'Grafana', 'Docker Compose', 'Beautiful Soup']) assert.ok(names.includes(n), n);
});

test('everyday words that name tools count only in a skills list', () => {
  const prose = findSkills([], 'We made progress on the canvas and kept a backup of the dashboard.').map((s) => s.name);
  assert.deepEqual(prose, []);
  const listed = findSkills(['Canvas, Splunk'], '').map((s) => s.name);
  assert.ok(listed.includes('Canvas') && listed.includes('Splunk'));
});

test('sentences and form labels inside a skills section give only the known skills they name', () => {
  const names = findSkills(
    [
      'Write every bullet as a short result, and keep the wording plain when you mention tools such as Excel.',
      'Company Name, City, State',
      'Python, and SQL',
    ],
    '',
  ).map((s) => s.name);
  assert.deepEqual(names, ['Excel', 'Python', 'SQL']);
});

test('a season with a year is not the Spring framework', () => {
  const names = findSkills([], 'Research Intern, Spring 2015 and summer term. Built services with Spring Boot and Java.').map((s) => s.name);
  assert.ok(!names.includes('Spring'));
  assert.ok(names.includes('Spring Boot') && names.includes('Java'));
});

test('a skills list item naming no skill: a lone lowercase word, a past-tense clause, a place, a date', () => {
  const names = findSkills(['Kanban, investors, Developed strong client skills, Tamil Nadu, Jan 2019, Embedded C'], '').map((s) => s.name);
  assert.deepEqual(names, ['Kanban', 'Embedded C']);
  // An adjective in -ed or a stated knowledge is no deed.
  assert.deepEqual(findSkills(['Advanced listening, Detailed knowledge of hydrology'], '').map((s) => s.name), ['Advanced listening', 'Detailed knowledge of hydrology']);
});

test('a duty named in prose is no claimed skill; listed, it is', () => {
  const prose = 'Provided customer service and data entry for the front desk using Excel.';
  assert.deepEqual(
    findSkills([], prose).map((s) => s.name),
    ['Excel'],
  );
  assert.deepEqual(
    findSkills(['Customer Service, Data Entry'], prose).map((s) => s.name),
    ['Customer Service', 'Data Entry', 'Excel'],
  );
});

test('one taxonomy scan gives the text with canonical names and the skills it names, everyday-word aliases included', () => {
  assert.deepEqual(canonicalForm('Built UIs in JS and k8s; made progress'), {
    text: 'built uis in javascript and kubernetes made progress',
    skills: ['JavaScript', 'Kubernetes', 'Progress'],
  });
});

test('a known skill keeps the name the resume writes when it says more than the canonical one', () => {
  const names = findSkills(['HTML5, CSS3, Subversion, python, Mac OS X'], 'Designed the schema in OOP style; deployed on Mac OS X servers with ReactJS and node.js').map((s) => s.name);
  assert.deepEqual(names, ['HTML5', 'CSS3', 'Subversion', 'Python', 'Mac OS X', 'OOP', 'ReactJS', 'Node.js']);
  // Written twice under two names, a skill is listed once.
  assert.deepEqual(findSkills(['JavaScript, JS, ECMAScript'], '').map((s) => s.name), ['JavaScript']);
});

test('"Languages:" inside a skills section labels programming languages; "Programming Languages" is a skills heading', () => {
  const r = parseResume(`Tomas Berg
TECHNICAL SKILLS
Languages:
Rust, Go, Kotlin
Tools:
Jenkins, Terraform

PROGRAMMING LANGUAGES
Haskell, OCaml`);
  const listed = r.skills.filter((s) => s.source === 'listed').map((s) => s.name);
  for (const n of ['Rust', 'Go', 'Kotlin', 'Jenkins', 'Terraform', 'Haskell', 'OCaml']) assert.ok(listed.includes(n), n);
});

test('widely used tools of older stacks are known, and a leading dot stays on ".NET"', () => {
  const names = findSkills(['Web: XHTML, DHTML, VBScript, Classic ASP, ActionScript, .NET', 'Tools: Visual Source Safe, Power Point, PuTTY'], '').map((s) => canonicalSkill(s.name));
  for (const n of ['XHTML', 'DHTML', 'VBScript', 'ASP', 'ActionScript', '.NET', 'Visual SourceSafe', 'PowerPoint', 'PuTTY']) assert.ok(names.includes(n), n);
  assert.deepEqual(findSkills([], 'Maintained an e-commerce site with ColdFusion on Windows Vista').map((s) => s.name), ['E-commerce', 'ColdFusion', 'Windows Vista']);
});

test('a link or an email address names no skill', () => {
  const names = findSkills([], 'Portfolio: http://www.marta-lopez.example/java and marta@rest-kitchen.example. Built apps in Kotlin.').map((s) => s.name);
  assert.deepEqual(names, ['Kotlin']);
});

test('a skills line opened in lowercase carries on the line above', () => {
  const names = findSkills(
    [
      'Presented weekly progress reports to the associates and the executive management team',
      'with dashboards built in Tableau.',
      'Salesforce, Lead Qualification, outbound',
      'calling, Negotiation',
    ],
    '',
  ).map((s) => s.name);
  assert.deepEqual(names, ['Tableau', 'Salesforce', 'Lead Qualification', 'outbound calling', 'Negotiation']);
  // A list written in lowercase keeps its lines apart.
  assert.deepEqual(findSkills(['java, c++', 'python, sql'], '').map((s) => s.name), ['Java', 'C++', 'Python', 'SQL']);
});

test('a list item naming a section ("Honors", "Interests") is no skill', () => {
  const names = findSkills(['Python, Honors, Interests, Data Modeling'], '').map((s) => s.name);
  assert.deepEqual(names, ['Python', 'Data Modeling']);
});

test('a lead-in such as "Hands on experience of" or "Good understanding and knowledge of" is dropped', () => {
  const names = findSkills(['• Hands on experience of kiln firing', '• Good understanding and knowledge of ledger reconciliation'], '').map((s) => s.name);
  assert.deepEqual(names, ['kiln firing', 'ledger reconciliation']);
});

test('a version glued to a known name keeps the name: "PHP5", "WebLogic8.1"', () => {
  assert.equal(canonicalSkill('PHP5'), 'PHP');
  assert.equal(canonicalSkill('WebLogic8.1'), 'WebLogic');
  assert.deepEqual(skillsInText('Ported the php5 site to Hibernate3', true), ['PHP', 'Hibernate']);
});

test('more widely used tools are known; their everyday-word names count only in a list', () => {
  for (const [alias, name] of [
    ['SOA', 'SOA'],
    ['Internet Explorer', 'Internet Explorer'],
    ['Jasper Reports', 'JasperReports'],
    ['Win XP', 'Windows XP'],
    ['SFTP', 'FTP'],
    ['Adobe CQ5', 'Adobe Experience Manager'],
    ['J2ME', 'J2ME'],
  ]) assert.equal(canonicalSkill(alias), name, alias);
  assert.deepEqual(skillsInText('Worked the swing shift near the storm drains', true), []);
  assert.deepEqual(findSkills(['Swing, Tiles'], '').map((s) => canonicalSkill(s.name)), ['Java Swing', 'Apache Tiles']);
});

test('an everyday-word name counts in prose when it is an item of a list of skills', () => {
  assert.deepEqual(skillsInText('Wrote the controller code in C, C++ and Python.', true), ['C', 'C++', 'Python']);
  assert.deepEqual(skillsInText('Attended a workshop on C/C++ programming.', true), ['C', 'C++']);
  // Not a list item, or no skill beside it: an ordinary word.
  assert.deepEqual(skillsInText('Java (Less than 1 year); grade C in Python', true), ['Java', 'Python']);
});

test('"Environment:" or "Technologies:" under a job lists the tools it used', () => {
  const r = parseResume(`Ravi Menon
EXPERIENCE
Senior Developer, Lakeside Systems, 2015 - 2019
Built the claims portal.
Environment: Spring Batch, Oracle 11g, Tivoli Workload Scheduler`);
  const names = r.skills.map((s) => s.name);
  for (const n of ['Spring Batch', 'Tivoli Workload Scheduler']) assert.ok(names.includes(n), n);
});

test('a single letter left over from a list is no skill', () => {
  assert.deepEqual(findSkills(['Kotlin, S, E, Swift'], '').map((s) => s.name), ['Kotlin', 'Swift']);
});

test('common skills of law, marketing and design are known', () => {
  for (const [alias, name] of [
    ['contract negotiations', 'Contract Negotiation'],
    ['Employment Law', 'Employment Law'],
    ['Arbitration', 'Arbitration'],
    ['internet marketing', 'Online Marketing'],
    ['UI Design', 'UI Design'],
    ['Product Development', 'Product Development'],
    ['bug fixes', 'Bug Fixing'],
    ['competitive analysis', 'Competitor Analysis'],
    ['Desktop Publishing', 'Desktop Publishing'],
    ['Threat Modelling', 'Threat Modeling'],
    ['Personal Injury', 'Personal Injury'],
  ]) assert.equal(canonicalSkill(alias), name, alias);
  // A soft skill is a claimed skill only when listed.
  assert.deepEqual(findSkills([], 'Ran team building days for the arbitration group.').map((s) => s.name), ['Arbitration']);
});

test('a dated line inside the skills section names only known skills', () => {
  const names = findSkills(['Photoshop, Illustrator', 'Brightwater Studios, Leeds - March 2016 to June 2018, using InDesign'], '').map((s) => s.name);
  assert.deepEqual(names, ['Photoshop', 'Illustrator', 'InDesign']);
});

test('a full stop inside a skills line ends one statement and starts the next', () => {
  const names = findSkills(['Comfortable with Jira and Confluence. Familiar with Tableau'], '').map((s) => s.name);
  // Without the split, "Confluence. Familiar with Tableau" is one item and Confluence is lost.
  assert.deepEqual(names, ['JIRA', 'Confluence', 'Tableau']);
});

test('a school or a degree in the skills section is no skill', () => {
  const names = findSkills(['Event Planning, Riverside Community College, Diploma in Hospitality Management'], '').map((s) => s.name);
  assert.deepEqual(names, ['Event Planning']);
});

test('a table row label left before a known skill is dropped', () => {
  const names = findSkills(['Build Tools Maven, Gradle', 'Version Control Git', 'Core Java'], '').map((s) => s.name);
  assert.deepEqual(names, ['Maven', 'Gradle', 'Git', 'Core Java']);
});

test('function words around a skills-list item are no part of it', () => {
  const names = findSkills(['Versed in Figma, including Auto Layout', 'Debian and its variants', 'Experienced in design of star schemas for'], '').map((s) => s.name);
  assert.deepEqual(names, ['Figma', 'Auto Layout', 'Debian', 'design of star schemas']);
});

test('a skills-section line opened by a past-tense verb tells of a deed and names only known skills', () => {
  const names = findSkills(['Organised weekend workshops on Rock Climbing, Orienteering and Excel'], '').map((s) => s.name);
  assert.deepEqual(names, ['Excel']);
});

test('a sub-heading inside the skills section is no skill', () => {
  const names = findSkills(['Figma, Sketch', 'Volunteering:', 'PRINT AND SIGNAGE', 'Wayfinding, Signage Design'], '').map((s) => s.name);
  assert.deepEqual(names, ['Figma', 'Sketch', 'Wayfinding', 'Signage Design']);
});

test('an adjective alone in a skills list is a trait, not a skill', () => {
  const names = findSkills(['Reliable, Methodical, Resourceful, Tableau'], '').map((s) => s.name);
  assert.deepEqual(names, ['Tableau']);
});

test('known skills joined by slashes are listed one by one', () => {
  const names = findSkills(['C/C++, HTML/CSS, Firewall/Proxy Administration'], '').map((s) => s.name);
  assert.deepEqual(names, ['C', 'C++', 'HTML', 'CSS', 'Firewall/Proxy Administration']);
});

test('a known name the text writes only as a label is no claimed skill', () => {
  const names = findSkills([], 'Skype: jane.doe77\nOperating Systems: Windows, Ubuntu\nBuilt dashboards in Tableau.').map((s) => s.name);
  assert.deepEqual(names, ['Windows', 'Ubuntu', 'Tableau']);
});

test('a name that adds an edition or version to a known skill is listed beside it', () => {
  const names = findSkills(['Core Java, Windows XP, PHP5, Ubuntu'], 'Wrote Java services for Windows on Ubuntu servers in PHP.').map((s) => s.name);
  assert.deepEqual(names, ['Core Java', 'Windows XP', 'PHP5', 'Ubuntu', 'Java', 'Windows', 'PHP']);
});

test('the skills section ends where the references begin', () => {
  const names = findSkills(['Excel, Tableau', 'REFEREES:', 'Dr Mara Quill, Head of Science', 'Lakeview Grammar'], '').map((s) => s.name);
  assert.deepEqual(names, ['Excel', 'Tableau']);
});

test('a verb or lead-in before a known skill in a list is dropped', () => {
  const names = findSkills(['Configuring OSPF, Extensively worked in Perl, Perl'], '').map((s) => s.name);
  assert.deepEqual(names, ['OSPF', 'Perl']);
});

test('in a sentence run into the skills section, unknown lowercase pieces are no names', () => {
  const names = findSkills(['Typing, Bookkeeping, amending contracts and scanning documents for the partners.', 'Xero, payroll journals, Sage'], '').map((s) => s.name);
  assert.deepEqual(names, ['Typing', 'Bookkeeping', 'Xero', 'payroll journals', 'Payroll', 'Sage']);
});

test('a spoken language, with or without its level, is no skill', () => {
  const names = findSkills(['Python, SQL, Tableau', 'Languages: Fluent Spanish, Conversational French', 'German (mother tongue), English'], '').map((s) => s.name);
  assert.deepEqual(names, ['Python', 'SQL', 'Tableau']);
});

test('a day, a term, a page number or a length of time left in a skills list is no skill', () => {
  const names = findSkills(['Java, Spring Boot, PostgreSQL', 'Kotlin, Jetpack Compose, 6 months', '(14th - 16th March), 5th Semester, October 20XX', 'Page 2 of 3', '3rd party libraries'], '').map(
    (s) => s.name,
  );
  assert.deepEqual(names, ['Java', 'Spring Boot', 'PostgreSQL', 'Kotlin', 'Jetpack Compose', '3rd party libraries']);
});

test('a distribution or an edition of an operating system is a skill of its own, not another name of its family', () => {
  const names = findSkills(['Operating systems: Linux (Ubuntu, CentOS), Unix, Solaris, AIX, Windows, Win7, Vista'], '').map((s) => s.name);
  assert.deepEqual(names, ['Linux', 'Ubuntu', 'CentOS', 'Unix', 'Solaris', 'AIX', 'Windows', 'Win7', 'Vista']);
  assert.equal(canonicalSkill('RHEL'), 'Red Hat Linux');
});

test('distinct tools and skills are not other names of a neighbour: GitHub is not Git, web services are not only REST', () => {
  const names = findSkills(['Git, GitHub, Bitbucket', 'RESTful APIs, SOAP, Web Services', 'Requirements gathering, requirements analysis, documentation'], '').map((s) => s.name);
  assert.deepEqual(names, ['Git', 'GitHub', 'Bitbucket', 'RESTful APIs', 'SOAP', 'Web Services', 'Requirements Gathering', 'Requirements Analysis', 'Documentation']);
});

test('a link inside the skills section names no skill', () => {
  const names = findSkills(['Languages: Go, Rust, Terraform', 'https://www.linkedin.com/in/jdoe-42', 'Portfolio: http://jdoe.example.dev'], '').map((s) => s.name);
  assert.deepEqual(names, ['Go', 'Rust', 'Terraform']);
});

test('a skill named only in a job title on its own line is the role, not a claimed skill', () => {
  const text = 'Salesforce Administrator\nNorthwind Health, Denver, CO\n2019 - Present\n- Automated intake reports in Tableau and Python';
  assert.deepEqual(findSkills([], text).map((s) => s.name), ['Tableau', 'Python']);
  // Named again in a sentence, it is claimed.
  assert.deepEqual(findSkills([], `${text}\n- Built Salesforce flows`).map((s) => s.name), ['Tableau', 'Python', 'Salesforce']);
});

test('"Spring" alone in prose is the season or a place; the framework counts in prose only beside other skills', () => {
  const prose = 'Taught two sections in the Fall and Spring semesters; spoke at the Spring Seminar in Silver Spring, MD.';
  assert.deepEqual(skillsInText(prose, true), []);
  assert.deepEqual(skillsInText('Built the billing service in Java, Spring and Hibernate.', true), ['Java', 'Spring', 'Hibernate']);
  assert.deepEqual(findSkills(['Java, Spring, Hibernate'], '').map((s) => s.name), ['Java', 'Spring', 'Hibernate']);
});

test('a line naming only kinds of things ("Operating Systems", "Databases & Tools") heads the skills below it and is no skill', () => {
  const names = findSkills(['Operating Systems', '• Windows Server 2016, Ubuntu', 'Databases & Tools', '• PostgreSQL, Redis, Grafana', 'Other Applications:', 'Networking', '• Wireshark'], '').map((s) => s.name);
  assert.deepEqual(names, ['Windows Server', 'Ubuntu', 'PostgreSQL', 'Redis', 'Grafana', 'Networking', 'Wireshark']);
});

test('an ftp link names no skill', () => {
  assert.deepEqual(findSkills([], 'Drawings: ftp://ftp.example.org/pub/drafts.pdf. Drew plans in AutoCAD.').map((s) => s.name), ['AutoCAD']);
});

test('the fields of a project entry run into the skills section ("Client:", "Team Size:") list no skills', () => {
  const lines = ['Languages: Python, SQL', 'Project: R', 'Client: Harbor Bank', 'Duration: 8 months', 'Team Size: 6', 'Role: Developer', 'Description: Built loan dashboards in Power BI'];
  assert.deepEqual(findSkills(lines, '').map((s) => s.name), ['Python', 'SQL', 'Power BI']);
});
