import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand (data only, no schema change, so no snapshot). Before files followed every
 * published document that carries them (src/uploads/fileAudience.ts), a news item's picture
 * stayed with editors when the item was published, and a draft saved over a published resource
 * closed its files. This opens what the rule opens: a file of a published news item or a public
 * published work to everyone, one only a published members-only work carries to members. It
 * closes nothing: a file opened by hand (a picture in a rich text, say) keeps its visibility.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`
    UPDATE \`media\` SET \`visibility\` = 'public'
    WHERE \`visibility\` <> 'public' AND (
      \`id\` IN (SELECT \`image_id\` FROM \`news\` WHERE \`_status\` = 'published')
      OR \`id\` IN (
        SELECT \`e\`.\`file_id\` FROM \`resources_editions\` \`e\`
        JOIN \`resources\` \`r\` ON \`r\`.\`id\` = \`e\`.\`_parent_id\`
        WHERE \`r\`.\`_status\` = 'published' AND COALESCE(\`r\`.\`visibility\`, 'public') <> 'members'
      )
    );
  `)
  await db.run(sql`
    UPDATE \`media\` SET \`visibility\` = 'members'
    WHERE \`visibility\` = 'editors' AND \`id\` IN (
      SELECT \`e\`.\`file_id\` FROM \`resources_editions\` \`e\`
      JOIN \`resources\` \`r\` ON \`r\`.\`id\` = \`e\`.\`_parent_id\`
      WHERE \`r\`.\`_status\` = 'published' AND \`r\`.\`visibility\` = 'members'
    );
  `)
}

/** The files were meant to be open; going back leaves them so. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
