import { accountMetadata, type AccountPageProps } from '@/components/account/accountPage'
import { ProposalPage } from '@/components/submissions/proposalPage'

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'submissionProposeResource')

export default function ProposeResourcePage(props: AccountPageProps) {
  return <ProposalPage {...props} collection="resources" />
}
