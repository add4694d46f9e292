/**
 * The curated skill taxonomy: canonical skills, each with its group and the aliases that name it in agent files.
 * One line per skill: `Name = alias, alias, ...`. The name is an alias too. Aliases match whole words, ignoring
 * case; an alias written `!Alias` matches only with that exact case (for words like `Rust` or `Swift` that are also
 * ordinary words; `!Name` keeps a generic name such as Search from matching in lower case), and only as a word of
 * its own (not `Go` in `Go-to-Market`). `-Name` says the name alone is no alias at all (the letters C and R mostly
 * mean something else: `Option C`, `R-multiple`): the skill is then found by its other aliases. `-phrase` says a
 * phrase that holds an alias does not name the skill (WCAG's `accessible authentication` is no Authentication):
 * aliases inside it are not counted there. `Name > Other = ...`
 * says the skill implies another (PostgreSQL > SQL): an agent with the first gets the second too. `~Name` marks a
 * setting: a trade an agent may work for, which the story of an example often names only as the user's situation
 * ("a fintech startup", "the checkout flow"): one example's story alone does not give it. Extend it by
 * adding a line to a group (or a group): the id is the slug of the name, or `id: Name = ...` to choose one.
 */
const groups: Record<string, string[]> = {
  Languages: [
    'Python = python3, pythonic',
    'JavaScript = javascript, js, ecmascript, es6, es2015',
    'TypeScript = ts, tsx, tsc',
    'Java = jdk, jvm, openjdk',
    'Kotlin = kotlin',
    'Go = !Go, golang, goroutine, goroutines, go modules, go.mod, gofmt',
    'Rust = rustc, cargo, rustacean, tokio, !Rust',
    'C = -C, c language, c programming, c programmer, c code, c library, c libraries, c api, c interop, c extensions, c compiler, ansi c, embedded c, c99, c11, c17, c/c++, c and c++',
    'cpp: C++ = cpp, c plus plus, c++17, c++20, stl, c/c++',
    'csharp: C# = csharp, c sharp',
    'Ruby = ruby, rubygems',
    'PHP = php8, php7',
    'Swift = swiftui, !Swift',
    'Objective-C = objc, objective c',
    'Scala = scala',
    'Elixir = elixir',
    'Erlang = erlang, otp',
    'Haskell = haskell',
    'Clojure = clojure, clojurescript',
    'R = -R, r language, r programming, r code, r scripts, r packages, r shiny, rstats, rstudio, tidyverse, ggplot2, dplyr, cran',
    'Julia = julia language, !Julia',
    'Dart = dart',
    'Lua = lua',
    'Perl = perl',
    'Bash = shell scripting, shell script, shell scripts, bash, zsh, posix shell',
    'PowerShell = powershell, pwsh',
    'SQL = sql, t-sql, tsql, pl/sql, plpgsql, ansi sql',
    'Solidity = solidity',
    'WebAssembly = wasm, webassembly',
    'Zig = ziglang, !Zig',
    'F# = fsharp, f sharp',
    'OCaml = ocaml',
    'Fortran = fortran',
    'COBOL = cobol',
    'Assembly = -Assembly, assembly language, assembly code, inline assembly, x86 assembly, x86-64 assembly, arm assembly, risc-v assembly, asm, nasm, masm',
    'GraphQL = graphql, gql, apollo graphql',
    'HTML = html5, semantic html',
    'CSS = css3, stylesheets, scss, sass, less css',
    'Markdown = markdown, mdx',
  ],
  Frontend: [
    'React = !React, react.js, reactjs, react hooks, react components, react component, react app, react apps, jsx',
    'Next.js > React = nextjs, next js, app router, next.js 14, next.js 15',
    'Vue = vue.js, vuejs, vue 3, vue3, composition api, pinia, vuex',
    'Nuxt > Vue = nuxt.js, nuxtjs',
    'Angular = angularjs, angular cli, rxjs, ngrx',
    'Svelte = svelte, sveltekit',
    'SolidJS = solid.js, solidjs',
    'Astro = astro.js, !Astro',
    'Remix = remix run, !Remix',
    'Tailwind CSS = tailwind, tailwindcss',
    'Redux > React = redux toolkit, rtk',
    'Vite = vite, vitejs',
    'Webpack = webpack',
    'Storybook = storybook',
    'Three.js = threejs, three.js, webgl',
    'Web Components = custom elements, shadow dom, lit element',
    'jQuery = jquery',
    'htmx = htmx',
    'Design Systems = !Design Systems, !Design System, design tokens, component library, component libraries, storybook docs',
    'Accessibility = a11y, wcag, aria, screen reader, screen readers, keyboard navigation',
    'Responsive Design = responsive design, mobile-first, media queries',
    'Web Performance = core web vitals, lighthouse, lcp, web vitals, bundle size',
    'PWA = progressive web app, progressive web apps, service worker, service workers',
  ],
  Backend: [
    'Node.js = node.js, nodejs, node js, npm, express.js',
    'Express > Node.js = express.js, expressjs, !Express',
    'NestJS > Node.js, TypeScript = nestjs, nest.js',
    'Fastify > Node.js = fastify',
    'Django > Python = django, django rest framework, drf',
    'Flask > Python = flask',
    'FastAPI > Python = fastapi, pydantic',
    'Ruby on Rails > Ruby = rails, ruby on rails, activerecord, active record',
    'Laravel > PHP = laravel, eloquent, artisan',
    'Symfony > PHP = symfony',
    'WordPress > PHP = wordpress, woocommerce, gutenberg, wp-cli',
    'Drupal > PHP = drupal',
    'Spring Boot > Java = spring boot, spring framework, springboot, spring mvc, spring data',
    'dotnet: .NET = dotnet, .net core, asp.net, asp.net core, entity framework',
    'Phoenix > Elixir = !Phoenix, phoenix framework, liveview',
    'Gin > Go = gin-gonic, gin framework',
    'Deno = deno',
    'Bun = bun.js, !Bun',
    'tRPC = trpc',
    'REST APIs = restful, rest api, rest apis, rest endpoints, openapi, swagger',
    'gRPC = grpc, protobuf, protocol buffers',
    'WebSockets = websocket, websockets, socket.io',
    'Microservices = microservice, microservices, service mesh',
    'Serverless = serverless, faas, lambda functions',
    'Message Queues = message queue, message queues, rabbitmq, amazon sqs, sqs, nats, pub/sub, pubsub',
    'Kafka = apache kafka, kafka streams',
    'Authentication = authentication, oauth, oauth2, openid connect, oidc, jwt, sso, saml, auth0, -accessible authentication',
    'API Design = api design, api gateway, api versioning',
    'Event-Driven Architecture = event-driven, event driven, event sourcing, cqrs',
  ],
  Mobile: [
    'iOS > Mobile Development = ios, uikit, xcode',
    'Android > Mobile Development = android, jetpack compose, android sdk',
    'React Native > React, Mobile Development = react native, react-native, !Expo',
    'Flutter > Dart, Mobile Development = flutter',
    'Mobile Development = mobile app, mobile apps, mobile development',
    'Ionic = !Ionic, !Capacitor',
  ],
  Databases: [
    'PostgreSQL > SQL = postgres, postgresql, psql, pg, pgvector, postgis',
    'MySQL > SQL = mysql, mariadb',
    'SQLite > SQL = sqlite',
    'SQL Server > SQL = sql server, mssql, microsoft sql server',
    'Oracle Database > SQL = oracle database, oracle db, pl/sql',
    'MongoDB = mongodb, mongo, mongoose',
    'Redis = redis, valkey',
    'Elasticsearch = elasticsearch, opensearch, elastic stack, kibana',
    'Cassandra = cassandra, scylladb',
    'DynamoDB = dynamodb',
    'Neo4j = neo4j, cypher, graph database, graph databases',
    'Supabase = supabase',
    'Firebase = firebase, firestore',
    'Snowflake > SQL = snowflake',
    'BigQuery > SQL = bigquery',
    'ClickHouse > SQL = clickhouse',
    'Vector Databases = vector database, vector databases, pinecone, weaviate, qdrant, chroma, milvus, faiss',
    'NoSQL = nosql',
    'ORMs = orm, orms, prisma, drizzle, sqlalchemy, typeorm, sequelize, hibernate',
    'Database Design = schema design, data modeling, data modelling, database design, database normalization, normal forms, third normal form, 3nf, denormalization, erd',
    'Query Optimization = query optimization, query tuning, explain plan, explain analyze, indexing strategies, query performance',
    'Database Migrations = database migration, database migrations, schema migration, schema migrations, flyway, liquibase, alembic',
  ],
  'Cloud and infrastructure': [
    'AWS = aws, amazon web services, ec2, s3, cloudformation, aws lambda, eks, ecs',
    'Azure = azure, microsoft azure, aks, azure devops',
    'Google Cloud = gcp, google cloud, google cloud platform, gke, cloud run',
    'Cloudflare = cloudflare, cloudflare workers',
    'Vercel = vercel',
    'Kubernetes = kubernetes, k8s, kubectl, helm, kustomize',
    'Docker = docker, dockerfile, docker compose, docker-compose, containers, containerization',
    'Terraform = terraform, hcl, opentofu',
    'Pulumi = pulumi',
    'Ansible = ansible, playbooks',
    'Infrastructure as Code = infrastructure as code, iac',
    'Linux = linux, ubuntu, debian, rhel, systemd',
    'Networking = networking, tcp/ip, dns, load balancer, load balancers, vpc, cdn, http/2, tls',
    'Nginx = nginx',
    'Service Mesh = istio, linkerd, !Envoy',
    'Cloud Architecture = cloud architecture, multi-cloud, hybrid cloud, well-architected',
    'Cost Optimization = cost optimization, finops, cloud costs, cloud cost',
  ],
  'DevOps and reliability': [
    'CI/CD = ci/cd, cicd, continuous integration, continuous delivery, continuous deployment, ci pipeline, ci pipelines, deployment pipeline, deployment pipelines',
    'GitHub Actions > CI/CD = github actions, github workflows',
    'GitLab CI > CI/CD = gitlab ci, gitlab-ci, gitlab',
    'Jenkins > CI/CD = jenkins',
    'ArgoCD = argocd, argo cd, gitops, !Flux',
    'Git = git, git workflow, branching strategy, rebase, merge conflicts',
    'Monitoring = !Monitoring, monitoring and alerting, application monitoring, infrastructure monitoring, alerting, dashboards, grafana, datadog, new relic',
    'Prometheus > Monitoring = prometheus, promql',
    'Observability = observability, opentelemetry, tracing, distributed tracing, otel',
    'Logging = logging, structured logging, log aggregation, elk, loki, splunk',
    'Site Reliability Engineering = sre, site reliability, slo, slos, sli, slis, error budget, error budgets',
    'Incident Response = incident response, incident management, postmortem, post-mortem, on-call, runbook, runbooks',
    'Chaos Engineering = chaos engineering, fault injection',
    'Deployment = !Deployment, deployment strategy, deployment strategies, blue-green, canary deployment, canary deployments, canary releases, rollback strategy, zero-downtime, release management',
    'Platform Engineering = platform engineering, developer platform, internal developer platform, backstage',
    'Build Systems = bazel, gradle, maven, makefile, cmake, build system',
  ],
  'Data and ML': [
    'Machine Learning = machine learning, ml, scikit-learn, sklearn, xgboost, model training',
    'Deep Learning = deep learning, neural network, neural networks, cnn, rnn, transformers',
    'PyTorch > Machine Learning, Python = pytorch, torch',
    'TensorFlow > Machine Learning = tensorflow, keras',
    'LLMs = llm, llms, large language model, large language models, gpt, gpt-4, openai api, anthropic api, claude api',
    'Prompt Engineering = prompt engineering, prompt design, few-shot, chain-of-thought, system prompt, system prompts',
    'RAG = rag, retrieval-augmented generation, retrieval augmented generation, embeddings, semantic search',
    'AI Agents = ai agent, ai agents, agentic, multi-agent, tool use, function calling, langchain, langgraph, llamaindex',
    'MLOps = mlops, model deployment, model serving, mlflow, kubeflow, feature store',
    'NLP = nlp, natural language processing, tokenization, named entity recognition, sentiment analysis',
    'Computer Vision = computer vision, image recognition, object detection, opencv, ocr',
    'Data Engineering = data engineering, data pipeline, data pipelines, etl, elt, data warehouse, data lake, lakehouse',
    'Apache Spark = !Spark, pyspark, apache spark, spark jobs, spark sql, databricks, -spark imagination, -spark creativity, -spark curiosity, -spark ideas, -spark innovation, -spark interest, -spark joy, -spark conversation, -spark conversations, -spark discussion, -spark debate',
    'Airflow = airflow, apache airflow, dagster, prefect',
    'dbt = dbt, data build tool',
    'Pandas > Python = pandas, numpy, dataframe, dataframes, polars',
    'Data Analysis = data analysis, exploratory data analysis, eda, data analytics, analytics',
    'Data Visualization = data visualization, data visualisation, matplotlib, plotly, d3.js, tableau, power bi',
    'Statistics = statistics, statistical, hypothesis testing, a/b testing, a/b tests, regression analysis, bayesian',
    'Data Science = data science, data scientist, jupyter, notebooks',
    'Streaming = stream processing, real-time streaming, flink, kinesis',
    'Recommendation Systems = recommendation system, recommendation systems, recommender, collaborative filtering',
    'Time Series = time series, time-series, forecasting',
    'Data Quality = data quality, data validation, great expectations, data governance, data lineage',
  ],
  Security: [
    'Application Security = application security, appsec, secure coding, owasp, owasp top 10',
    'Penetration Testing > Application Security = penetration testing, pentest, pentesting, ethical hacking, red team',
    'Vulnerability Management = vulnerability, vulnerabilities, cve, cves, vulnerability scanning, dependency scanning, snyk',
    'Threat Modeling = threat modeling, threat modelling, stride, attack surface',
    'Cryptography = cryptography, encryption, tls, hashing, pki, certificates',
    'Identity and Access = iam, rbac, abac, access control, least privilege, permissions model',
    'Compliance = !Compliance, regulatory compliance, compliance requirements, compliance audit, compliance audits, soc 2, soc2, gdpr, hipaa, pci dss, pci-dss, iso 27001, regulatory',
    'Security Auditing = security audit, security audits, security review, security reviews, security assessment, security assessments',
    'Cloud Security = cloud security, security groups, kms, secrets management, hashicorp vault, !Vault',
    'DevSecOps = devsecops, sast, dast, security scanning, supply chain security, sbom',
    'Incident Forensics = forensics, digital forensics, malware analysis, threat hunting, siem',
    'Network Security = network security, firewall, firewalls, waf, ddos, zero trust',
    'Smart Contract Security = smart contract audit, smart contract security, reentrancy',
  ],
  Testing: [
    'Unit Testing = unit test, unit tests, unit testing',
    'Integration Testing = integration test, integration tests, integration testing',
    'End-to-End Testing = e2e, end-to-end testing, end-to-end tests, e2e tests',
    'Test-Driven Development = tdd, test-driven, test driven development, red-green-refactor',
    'Playwright = playwright',
    'Cypress = cypress',
    'Selenium = selenium, webdriver',
    'Jest > JavaScript = jest',
    'Vitest = vitest',
    'pytest > Python = pytest',
    'JUnit = junit, testng, mockito',
    'Load Testing = load testing, load test, performance testing, stress testing, k6, jmeter, locust, gatling',
    'Test Automation = test automation, automated testing, automated tests, test suite, test suites, test coverage',
    'QA = qa, quality assurance, test plan, test plans, test cases, regression testing',
    'Contract Testing = contract testing, pact',
    'Mutation Testing = mutation testing, property-based testing, fuzzing, fuzz testing',
    'Mocking = mocking, mocks, stubs, test doubles',
  ],
  Practices: [
    'Code Review = code review, code reviews, reviewing code, pull request review, pr review',
    'Refactoring = refactoring, refactor, code smells, technical debt, tech debt',
    'Software Architecture = software architecture, system design, architecture decisions, adr, adrs, design patterns, solid principles, clean architecture, hexagonal architecture, domain-driven design, ddd',
    'Debugging = debugging, debug, root cause analysis, root cause, troubleshooting, stack trace, stack traces',
    'Performance Optimization = performance optimization, performance optimisation, performance tuning, profiling, profiler, memory leaks, latency optimization',
    'Scalability = scalability, scalable, horizontal scaling, sharding, high availability, fault tolerance',
    'Caching = caching, cache invalidation, memcached, cdn caching',
    'Concurrency = concurrency, parallelism, async/await, multithreading, race conditions, race condition',
    'Documentation = documentation, technical writing, api documentation, readme, docs-as-code, docstrings',
    'Code Quality = code quality, linting, linter, eslint, prettier, static analysis, clean code, code standards, coding standards',
    'Legacy Modernization = legacy code, legacy systems, modernization, modernisation, migration strategy, strangler fig',
    'Agile = agile, scrum, kanban, sprint, sprints, user stories, backlog',
    'Project Management = project management, roadmap, roadmaps, stakeholder, stakeholders, milestones, risk management',
    'Product Management = product management, product manager, prd, product requirements, prioritization, product strategy',
    'Requirements Analysis = requirements analysis, requirements gathering, business analysis, acceptance criteria, functional requirements',
    'UX Design = ux, user experience, ux design, usability, user research, wireframes, wireframe, prototyping, figma',
    'UI Design = ui design, visual design, user interface, typography, color palette, layout design',
    'Open Source = open source, open-source, oss, maintainers, contributing',
    'Mentoring = mentoring, mentorship, onboarding, teaching, coaching',
    'Dependency Management = dependency management, package management, semver, lockfile, dependency updates',
    'Error Handling = error handling, exception handling, retry logic, circuit breaker, circuit breakers',
    'Internationalization = i18n, internationalization, internationalisation, localization, localisation, l10n',
    'CLI Development = cli, command-line, command line tool, command-line tools, terminal ui, tui',
    'MCP = mcp, model context protocol, mcp server, mcp servers',
  ],
  Domains: [
    'Web Development = web development, web app, web apps, web application, web applications, full-stack, fullstack, full stack',
    'Frontend Development = frontend, front-end, front end, frontend development, client-side',
    'Backend Development = backend, back-end, back end, server-side, backend development',
    'Game Development = game development, game dev, gamedev, !Unity, unity3d, unity engine, unreal engine, !Unreal, godot, game engine',
    'Blockchain = blockchain, web3, ethereum, smart contract, smart contracts, defi, nft, nfts, cryptocurrency, solana',
    '~Fintech = fintech, payments, payment processing, stripe, banking, trading systems, financial services',
    '~Healthcare = healthcare, medical, clinical, ehr, hl7, fhir',
    '~E-commerce = e-commerce, ecommerce, shopify, woocommerce, magento, bigcommerce, checkout, shopping cart, storefront',
    'Embedded Systems = embedded, embedded systems, firmware, microcontroller, microcontrollers, rtos, arduino, raspberry pi',
    'IoT = iot, internet of things, mqtt',
    'Robotics = robotics, ros, ros2',
    'Audio and Video = audio, video, ffmpeg, transcoding, podcast, podcasts, streaming media',
    'SEO = seo, search engine optimization, search engine optimisation, keyword research, meta tags, schema markup',
    '~Marketing = marketing, growth marketing, content marketing, campaigns, conversion rate, email marketing, copywriting',
    '~Social Media = social media, twitter, linkedin, instagram, tiktok',
    '~Sales = sales, crm, salesforce, hubspot, lead generation, prospecting',
    '~Customer Support = customer support, customer success, support tickets, helpdesk, zendesk',
    '~Legal = !Legal, legal documents, legal review, contract review, terms of service, privacy policy, legal compliance',
    '~Finance and Accounting = finance, quantitative finance, accounting, financial modeling, financial modelling, budgeting, forecasting revenue, valuation',
    'Research = !Research, literature review, academic research, research papers, citations, fact-checking, fact checking, research synthesis',
    '~Education = education, edtech, curriculum, tutoring, learning management',
    'Content Writing = content writing, blog post, blog posts, articles, editorial, content strategy, technical content',
    'Search = !Search, search engine, search engines, full-text search, search relevance, algolia, meilisearch, typesense',
    'Maps and Geospatial = geospatial, gis, geolocation, mapbox, leaflet',
    'Desktop Applications = desktop app, desktop apps, electron, tauri, desktop application',
    'Browser Extensions = browser extension, browser extensions, chrome extension, chrome extensions',
    'Real-Time Systems = real-time, realtime, live updates, webrtc',
    'Data Privacy = data privacy, privacy, pii, anonymization, data protection',
    'Obsidian = obsidian, knowledge management, second brain, zettelkasten',
  ],
};

export interface Skill {
  /** The skill page is `/skills/<id>/`: `a-z0-9-` only. */
  id: string;
  name: string;
  group: string;
  /** Lower-case aliases, matched ignoring case. */
  aliases: string[];
  /** Aliases matched only with this exact case. */
  exactAliases: string[];
  /** Lower-case phrases that hold an alias yet do not name the skill (`-phrase`). */
  notPhrases: string[];
  /** Ids of the skills this one implies. */
  implies: string[];
  /** A trade an agent may work for (`~Name`): an example's story alone does not give it. */
  setting: boolean;
}

function skillId(name: string): string {
  return name
    .toLowerCase()
    .replace(/\+/g, 'p')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function parseLine(line: string, group: string): Skill & { impliedNames: string[] } {
  const [head = '', list = ''] = line.split(' = ');
  const setting = head.startsWith('~');
  const [named = '', implied = ''] = head.replace(/^~/, '').split(' > ');
  const idMatch = /^([a-z0-9-]+): (.+)$/.exec(named);
  const name = idMatch ? idMatch[2]! : named;
  const written = list.split(',').map((alias) => alias.trim()).filter(Boolean);
  const exactAliases = written.filter((alias) => alias.startsWith('!')).map((alias) => alias.slice(1));
  const notAliases = written.filter((alias) => alias.startsWith('-')).map((alias) => alias.slice(1).toLowerCase());
  const aliases = [...new Set([name.toLowerCase(), ...written.filter((alias) => !/^[!-]/.test(alias)).map((alias) => alias.toLowerCase())])].filter(
    (alias) => !exactAliases.some((exact) => exact.toLowerCase() === alias) && !notAliases.includes(alias),
  );
  const notPhrases = notAliases.filter((phrase) => phrase !== name.toLowerCase());
  const impliedNames = implied.split(',').map((other) => other.trim()).filter(Boolean);
  return { id: idMatch ? idMatch[1]! : skillId(name), name, group, aliases, exactAliases, notPhrases, implies: [], setting, impliedNames };
}

function parseTaxonomy(): Skill[] {
  const parsed = Object.entries(groups).flatMap(([group, lines]) => lines.map((line) => parseLine(line, group)));
  const byName = new Map(parsed.map((skill) => [skill.name, skill.id]));
  return parsed.map(({ impliedNames, ...skill }) => ({
    ...skill,
    implies: impliedNames.map((other) => {
      const id = byName.get(other);
      if (!id) throw new Error(`The skill ${skill.name} implies ${other}, which is not in the taxonomy.`);
      return id;
    }),
  }));
}

/** Every skill of the taxonomy, in group order. */
export const skills: readonly Skill[] = parseTaxonomy();

/** The groups, in the order pages show them. */
export const skillGroups: readonly string[] = Object.keys(groups);

export const skillById: ReadonlyMap<string, Skill> = new Map(skills.map((skill) => [skill.id, skill]));

/** An agent's skills (ids and scores) as skills of the taxonomy, leaving out ids it does not know. */
export function knownSkills(found: readonly { id: string; score: number }[]): { skill: Skill; score: number }[] {
  return found.flatMap(({ id, score }) => {
    const skill = skillById.get(id);
    return skill ? [{ skill, score }] : [];
  });
}

/** The other names a skill goes by (`postgres`, `psql`, `pg` for PostgreSQL), without its own name in any case. */
export function otherNames(skill: Skill): string[] {
  return [...new Set([...skill.aliases, ...skill.exactAliases])].filter((alias) => alias.toLowerCase() !== skill.name.toLowerCase());
}

/**
 * The other names of a skill worth adding to the search text of its agents, so that searching them finds the
 * agents: not those the skill's name begins with (Pagefind matches the start of words: `postgres` finds
 * PostgreSQL already), nor phrases around the name itself (`c code`, `monitoring and alerting`), which tell where a
 * skill is named rather than name it otherwise, and would make their other words (`code`) find every such agent.
 */
export function searchAliases(skill: Skill): string[] {
  const name = skill.name.toLowerCase();
  return otherNames(skill).filter((alias) => {
    const lower = alias.toLowerCase();
    return !name.startsWith(lower) && !` ${lower} `.includes(` ${name} `);
  });
}

/** A skill's name as a pattern that finds it in any case, made once per name. */
const namePatterns = new Map<string, RegExp>();
function namePattern(name: string): RegExp {
  let pattern = namePatterns.get(name);
  if (!pattern) namePatterns.set(name, (pattern = new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi')));
  return pattern;
}

/**
 * What an agent's search text gets for its skills: their other names (see searchAliases), and the name of a skill
 * that is one word its own text (`text`: name, description, prompt, as text or HTML) never starts a word with,
 * which it has by another name (`otp` for Erlang, `k8s` for Kubernetes), so that searching a skill's name finds
 * every agent of the skill's page.
 * A name of several words is left out: its common words (`Development`) would make every such agent match them.
 *
 * @example skillSearchTerms([skillById.get('erlang')!], 'An Elixir agent for OTP supervision trees.') // ['Erlang', …]
 */
export function skillSearchTerms(agentSkills: readonly Skill[], text: string): string[] {
  // Search finds a word by its start: the name must start a word of the text (after spaces and any punctuation
  // before the word, a tag, or a hyphen, which search splits words at), not hide in one (`rubyonrails.org`) or in
  // markup (`class="language-ruby"`). The HTML is read as it is, and the name found ignoring case.
  const inTag = (at: number) => text.lastIndexOf('<', at) > text.lastIndexOf('>', at);
  const startsWord = (at: number) => {
    if (text[at - 1] === '-') return true;
    for (let before = at - 1; before >= 0; before--) {
      const char = text[before]!;
      if (char === '>' || /\s/.test(char)) return true;
      if (/[\p{L}\p{N}]/u.test(char)) return false;
    }
    return true;
  };
  const written = (name: string) => {
    const pattern = namePattern(name);
    pattern.lastIndex = 0;
    for (let found = pattern.exec(text); found; found = pattern.exec(text)) if (!inTag(found.index) && startsWord(found.index)) return true;
    return false;
  };
  const missingName = (skill: Skill) => !/\s/.test(skill.name) && !written(skill.name);
  return [...new Set(agentSkills.flatMap((skill) => [...(missingName(skill) ? [skill.name] : []), ...searchAliases(skill)]))];
}
