import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { glossaryEntry, handbookFrontmatter, replyTemplate } from './handbook/schema';
import { policy } from './engine/loaded-policy';
import { scenarioSchemaOf } from './engine/simulator/scenario';
import { courseModule } from './course/schema';

/**
 * Content is data: handbook pages (MDX, one folder per language), reply templates, the
 * glossary, the simulator's authored cases and the onboarding course (YAML). Every entry is validated at build time; a bad one fails the build,
 * naming the file and the field.
 */
export const collections = {
  handbook: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './src/content/handbook' }),
    schema: handbookFrontmatter,
  }),
  templates: defineCollection({ loader: file('src/content/reply-templates.yaml'), schema: replyTemplate }),
  glossary: defineCollection({ loader: file('src/content/glossary.yaml'), schema: glossaryEntry }),
  course: defineCollection({ loader: file('src/content/course.yaml'), schema: courseModule }),
  scenarios: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/scenarios' }), schema: scenarioSchemaOf(policy) }),
};
